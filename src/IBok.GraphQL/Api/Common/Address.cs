namespace IBok.GraphQL.Api.Common;

/// <summary>A Polish postal address.</summary>
/// <param name="Street">The street (or the locality for villages without streets).</param>
/// <param name="BuildingNumber">The building number.</param>
/// <param name="ApartmentNumber">The apartment number, if any.</param>
/// <param name="PostalCode">The postal code, NN-NNN.</param>
/// <param name="City">The city or post town.</param>
public sealed record Address(string Street, string BuildingNumber, string? ApartmentNumber, string PostalCode, string City);
