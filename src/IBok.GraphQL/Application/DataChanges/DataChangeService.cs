using System.Text.Json;
using IBok.Domain.Customers;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.DataChanges;

/// <summary>A Polish postal address as typed by the customer.</summary>
/// <param name="Street">The street without "ul."; empty for villages without streets.</param>
/// <param name="BuildingNumber">The building number.</param>
/// <param name="ApartmentNumber">The apartment number, if any.</param>
/// <param name="PostalCode">The postal code NN-NNN.</param>
/// <param name="City">The city (poczta).</param>
public sealed record AddressInput(string Street, string BuildingNumber, string? ApartmentNumber, string PostalCode, string City);

/// <summary>What a customer asks to change; which fields are needed depends on <see cref="Kind"/>.</summary>
/// <param name="Kind">Correspondence address (needs <see cref="CorrespondenceAddress"/>), contact details (needs
/// <see cref="Email"/> or <see cref="Phone"/>), name (needs <see cref="Name"/>) or other (needs <see cref="Comment"/>).</param>
/// <param name="CorrespondenceAddress">The new correspondence address.</param>
/// <param name="Email">The new contact e-mail.</param>
/// <param name="Phone">The new contact phone.</param>
/// <param name="Name">The new name.</param>
/// <param name="Comment">Why, or what else should change.</param>
public sealed record DataChangeRequestInput(
    DataChangeKind Kind, AddressInput? CorrespondenceAddress = null, string? Email = null, string? Phone = null, string? Name = null, string? Comment = null);

/// <summary>
/// A customer asks to change their data (correspondence address, contact details, name); the request waits for
/// staff, who apply or refuse it. At most one pending request of each kind.
/// </summary>
public sealed class DataChangeService(IBokDbContext db, TimeProvider time)
{
    /// <summary>The longest comment kept.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>Validates and files the request.</summary>
    public async Task<Outcome<DataChangeRequestRow>> RequestAsync(DataChangeRequestInput input, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment is { Length: > MaxCommentLength })
        {
            return new InvalidInputError("COMMENT_TOO_LONG", "comment", $"Komentarz może mieć najwyżej {MaxCommentLength} znaków.", $"The comment may have at most {MaxCommentLength} characters.");
        }

        var values = RequestedValues(input, comment);
        if (values.Value is not { } requested)
        {
            return Outcome<DataChangeRequestRow>.Failure(values.Errors[0]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<DataChangeRequestRow>().AnyAsync(row => row.Kind == input.Kind && row.Status == DataChangeRequestStatus.Pending, cancellationToken))
        {
            return new InvalidInputError(
                "DATA_CHANGE_ALREADY_PENDING", "kind",
                "Wniosek o zmianę tych danych już czeka na rozpatrzenie.",
                "A request to change this data is already waiting for a decision.");
        }

        var row = new DataChangeRequestRow
        {
            CustomerId = db.Viewer.CustomerId!.Value, Kind = input.Kind, RequestedValuesJson = JsonSerializer.Serialize(requested), Comment = comment,
            Status = DataChangeRequestStatus.Pending, RequestedAt = CustomerClock.UtcNow(time),
        };
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    private static Outcome<Dictionary<string, string?>> RequestedValues(DataChangeRequestInput input, string? comment)
    {
        switch (input.Kind)
        {
            case DataChangeKind.CorrespondenceAddress:
                if (input.CorrespondenceAddress is not { } address)
                {
                    return Invalid("ADDRESS_REQUIRED", "correspondenceAddress", "Podaj nowy adres korespondencyjny.", "Give the new correspondence address.");
                }

                if (string.IsNullOrWhiteSpace(address.BuildingNumber))
                {
                    return Invalid("BUILDING_NUMBER_REQUIRED", "correspondenceAddress.buildingNumber", "Podaj numer budynku.", "Give the building number.");
                }

                if (string.IsNullOrWhiteSpace(address.City))
                {
                    return Invalid("CITY_REQUIRED", "correspondenceAddress.city", "Podaj miejscowość.", "Give the city.");
                }

                if (!IsPostalCode(address.PostalCode))
                {
                    return Invalid("INVALID_POSTAL_CODE", "correspondenceAddress.postalCode", "Kod pocztowy ma postać NN-NNN, np. 47-100.", "A postal code looks like NN-NNN, e.g. 47-100.");
                }

                var valid = new PostalAddress(address.Street, address.BuildingNumber, address.ApartmentNumber, address.PostalCode, address.City);
                return new Dictionary<string, string?>
                {
                    ["street"] = valid.Street, ["buildingNumber"] = valid.BuildingNumber, ["apartmentNumber"] = valid.ApartmentNumber,
                    ["postalCode"] = valid.PostalCode, ["city"] = valid.City,
                };
            case DataChangeKind.ContactDetails:
                var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email;
                var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone;
                if (email is null && phone is null)
                {
                    return Invalid("CONTACT_REQUIRED", "email", "Podaj nowy adres e-mail lub numer telefonu.", "Give the new e-mail address or phone number.");
                }

                EmailAddress? emailAddress = null;
                if (email is not null && !EmailAddress.TryParse(email, out emailAddress, out _))
                {
                    return Invalid("INVALID_EMAIL", "email", "Adres e-mail jest niepoprawny.", "The e-mail address is not valid.");
                }

                PhoneNumber? phoneNumber = null;
                if (phone is not null && !PhoneNumber.TryParse(phone, out phoneNumber, out _))
                {
                    return Invalid("INVALID_PHONE", "phone", "Numer telefonu jest niepoprawny.", "The phone number is not valid.");
                }

                return new Dictionary<string, string?> { ["email"] = emailAddress?.Value, ["phone"] = phoneNumber?.Value };
            case DataChangeKind.Name:
                var name = input.Name?.Trim();
                return string.IsNullOrEmpty(name) || name.Length > 200
                    ? Invalid("NAME_REQUIRED", "name", "Podaj nowe imię i nazwisko lub nazwę (do 200 znaków).", "Give the new name (up to 200 characters).")
                    : new Dictionary<string, string?> { ["name"] = name };
            case DataChangeKind.Other:
                return comment is null
                    ? Invalid("COMMENT_REQUIRED", "comment", "Opisz, jakie dane mamy zmienić.", "Describe what data we should change.")
                    : new Dictionary<string, string?>();
            default:
                return Invalid("UNKNOWN_KIND", "kind", "Nieznany rodzaj zmiany danych.", "Unknown kind of data change.");
        }
    }

    // IBok.Domain's PostalAddress checks the same form but reports it by exception; this names the field instead.
    private static bool IsPostalCode(string? code) =>
        code is { Length: 6 } && code[2] == '-' && code.Remove(2, 1).All(char.IsAsciiDigit);

    private static Outcome<Dictionary<string, string?>> Invalid(string code, string field, string polish, string english) =>
        new InvalidInputError(code, field, polish, english);
}

/// <summary>Registers the change-of-data use cases.</summary>
public static class DataChangeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="DataChangeService"/>.</summary>
    public static IServiceCollection AddIBokDataChanges(this IServiceCollection services)
    {
        services.AddScoped<DataChangeService>();
        return services;
    }
}
