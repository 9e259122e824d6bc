namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// The utility as printed on documents that carry no seller snapshot of their own (interest notes); invoices print
/// the seller stored with them. The service fills it from the billing configuration (<c>IBok:Billing</c>).
/// </summary>
/// <param name="Name">The utility's name.</param>
/// <param name="StreetLine">Street, building and apartment.</param>
/// <param name="CityLine">Postal code and city.</param>
/// <param name="Nip">The utility's NIP, 10 digits.</param>
/// <param name="MainBankAccount">The account paid to when a customer has no individual account (26 digits).</param>
public sealed record DocumentIssuer(string Name, string StreetLine, string CityLine, string Nip, string MainBankAccount);
