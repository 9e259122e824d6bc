using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Invoice rows ↔ IBok.Domain's <see cref="Invoice"/> and <see cref="CorrectionInvoice"/>.</summary>
/// <remarks>
/// An invoice is stored as issued: lines, VAT summary and totals are the domain's figures, never recomputed with
/// today's rules. Reading an invoice back rebuilds it from its lines and checks that the domain arrives at the
/// stored totals, so a row changed by hand cannot silently disagree with its own printout.
/// </remarks>
public static class InvoiceMapping
{
    /// <summary>A new row, with its line and VAT summary rows, for an invoice issued to a customer.</summary>
    /// <param name="invoice">The issued invoice.</param>
    /// <param name="customerId">The buyer's customer id.</param>
    /// <param name="contractId">The billed contract's row id.</param>
    /// <param name="series">The numbering series' pattern the number came from.</param>
    /// <param name="createdAt">Now (UTC).</param>
    public static InvoiceRow ToRow(Invoice invoice, long customerId, long? contractId, string series, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var row = new InvoiceRow
        {
            CustomerId = customerId,
            ContractId = contractId,
            Number = invoice.Number,
            Series = series,
            Kind = InvoiceKind.Invoice,
            IssueDate = invoice.IssueDate,
            SaleDate = invoice.SalePeriod.End,
            DueDate = invoice.DueDate,
            PaymentTermDays = invoice.PaymentTermDays,
            PeriodStart = invoice.SalePeriod.Start,
            PeriodEnd = invoice.SalePeriod.End,
            ContractNumber = invoice.ContractNumber,
            TariffGroup = invoice.TariffGroup,
            VatMethod = invoice.Vat.Method,
            NetGrosz = invoice.Net.Grosze,
            VatGrosz = invoice.VatTotal.Grosze,
            GrossGrosz = invoice.AmountDue.Grosze,
            CreatedAt = createdAt,
        };
        SetParties(row, invoice.Seller, invoice.Buyer);
        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            row.Lines.Add(LineRow(invoice.Lines[i], customerId, i + 1, side: null));
        }

        row.VatSummary.AddRange(invoice.Vat.Rows.Select(vat => VatRow(vat, customerId)));
        return row;
    }

    /// <summary>
    /// A new row for a correction of the invoice stored as <paramref name="original"/>: customer, contract, tariff
    /// group and VAT method are the original's; each changed line is a <see cref="CorrectionSide.Before"/> and/or
    /// <see cref="CorrectionSide.After"/> row under one line number; totals and VAT rows are the differences.
    /// </summary>
    public static InvoiceRow ToRow(CorrectionInvoice correction, InvoiceRow original, string series, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(original);
        if (correction.OriginalNumber != original.Number)
        {
            throw new ArgumentException($"Correction {correction.Number} corrects invoice {correction.OriginalNumber}, not {original.Number}.", nameof(original));
        }

        var row = new InvoiceRow
        {
            CustomerId = original.CustomerId,
            ContractId = original.ContractId,
            Number = correction.Number,
            Series = series,
            Kind = InvoiceKind.Correction,
            IssueDate = correction.IssueDate,
            SaleDate = correction.BillingKey.Period.End,
            DueDate = correction.DueDate,
            PaymentTermDays = correction.DueDate.DayNumber - correction.IssueDate.DayNumber,
            PeriodStart = correction.BillingKey.Period.Start,
            PeriodEnd = correction.BillingKey.Period.End,
            ContractNumber = correction.BillingKey.ContractNumber,
            TariffGroup = original.TariffGroup,
            VatMethod = original.VatMethod,
            NetGrosz = correction.NetDifference.Grosze,
            VatGrosz = correction.VatDifference.Grosze,
            GrossGrosz = correction.AmountDue.Grosze,
            CorrectedInvoiceId = original.Id == 0 ? null : original.Id,
            CorrectedInvoiceNumber = correction.OriginalNumber,
            CorrectionReason = correction.Reason,
            CreatedAt = createdAt,
        };
        SetParties(row, correction.Seller, correction.Buyer);
        for (var i = 0; i < correction.Lines.Count; i++)
        {
            if (correction.Lines[i].Before is { } before)
            {
                row.Lines.Add(LineRow(before, original.CustomerId, i + 1, CorrectionSide.Before));
            }

            if (correction.Lines[i].After is { } after)
            {
                row.Lines.Add(LineRow(after, original.CustomerId, i + 1, CorrectionSide.After));
            }
        }

        row.VatSummary.AddRange(correction.VatDifferences.Select(vat => VatRow(vat, original.CustomerId)));
        return row;
    }

    /// <summary>
    /// Rebuilds an invoice (not a correction) from its row with <see cref="InvoiceRow.Lines"/> loaded, checking the
    /// stored totals and VAT summary against the domain's.
    /// </summary>
    /// <exception cref="InvalidDataException">The row is a correction, or its totals disagree with its lines.</exception>
    public static Invoice ToDomain(InvoiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Kind != InvoiceKind.Invoice)
        {
            throw new InvalidDataException($"{row.Number} is a correction invoice; only invoices rebuild as IBok.Domain invoices.");
        }

        var invoice = new Invoice(
            row.Number,
            row.IssueDate,
            new DatePeriod(row.PeriodStart, row.PeriodEnd),
            row.PaymentTermDays,
            SellerOf(row),
            BuyerOf(row),
            row.ContractNumber,
            row.TariffGroup,
            row.Lines.OrderBy(line => line.LineNumber).Select(ToDomain).ToList(),
            row.VatMethod);
        var storedVat = row.VatSummary.OrderBy(vat => vat.VatPercent).Select(vat => (vat.VatPercent, vat.NetGrosz, vat.VatGrosz)).ToList();
        var computedVat = invoice.Vat.Rows.Select(vat => (vat.Rate.Percent, vat.Net.Grosze, vat.Vat.Grosze)).ToList();
        if (invoice.Net.Grosze != row.NetGrosz || invoice.VatTotal.Grosze != row.VatGrosz || invoice.AmountDue.Grosze != row.GrossGrosz
            || (row.VatSummary.Count > 0 && !storedVat.SequenceEqual(computedVat)))
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"Invoice {row.Number} stores net {row.NetGrosz}, VAT {row.VatGrosz}, gross {row.GrossGrosz} grosze, but its lines give {invoice.Net.Grosze}, {invoice.VatTotal.Grosze}, {invoice.AmountDue.Grosze}."));
        }

        return invoice;
    }

    /// <summary>A line row as the domain's invoice line.</summary>
    public static InvoiceLine ToDomain(InvoiceLineRow line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new InvoiceLine(
            line.Component,
            line.Name,
            new DatePeriod(line.PeriodStart, line.PeriodEnd),
            line.Quantity,
            line.Unit,
            line.NetUnitPrice,
            Money.FromGrosze(line.NetGrosz),
            VatRate.FromPercent(line.VatPercent))
        {
            IsEstimated = line.IsEstimated,
        };
    }

    /// <summary>The seller as printed on the stored invoice.</summary>
    public static Seller SellerOf(InvoiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Seller(
            row.SellerName,
            CustomerMapping.AddressOf(row.SellerStreet, row.SellerBuildingNumber, row.SellerApartmentNumber, row.SellerPostalCode, row.SellerCity),
            Nip.Parse(row.SellerNip),
            row.SellerBankAccount);
    }

    /// <summary>The buyer as printed on the stored invoice.</summary>
    public static Buyer BuyerOf(InvoiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Buyer(
            row.BuyerName,
            CustomerMapping.AddressOf(row.BuyerStreet, row.BuyerBuildingNumber, row.BuyerApartmentNumber, row.BuyerPostalCode, row.BuyerCity),
            row.BuyerNip is null ? null : Nip.Parse(row.BuyerNip));
    }

    private static void SetParties(InvoiceRow row, Seller seller, Buyer buyer)
    {
        row.SellerName = seller.Name;
        row.SellerStreet = seller.Address.Street;
        row.SellerBuildingNumber = seller.Address.BuildingNumber;
        row.SellerApartmentNumber = seller.Address.ApartmentNumber;
        row.SellerPostalCode = seller.Address.PostalCode;
        row.SellerCity = seller.Address.City;
        row.SellerNip = seller.Nip.Value;
        row.SellerBankAccount = seller.BankAccountNumber;
        row.BuyerName = buyer.Name;
        row.BuyerStreet = buyer.Address.Street;
        row.BuyerBuildingNumber = buyer.Address.BuildingNumber;
        row.BuyerApartmentNumber = buyer.Address.ApartmentNumber;
        row.BuyerPostalCode = buyer.Address.PostalCode;
        row.BuyerCity = buyer.Address.City;
        row.BuyerNip = buyer.Nip?.Value;
    }

    private static InvoiceLineRow LineRow(InvoiceLine line, long customerId, int lineNumber, CorrectionSide? side) => new()
    {
        CustomerId = customerId,
        LineNumber = lineNumber,
        CorrectionSide = side,
        Component = line.Component,
        Name = line.Name,
        PeriodStart = line.Period.Start,
        PeriodEnd = line.Period.End,
        Quantity = line.Quantity,
        Unit = line.Unit,
        NetUnitPrice = line.NetUnitPrice,
        NetGrosz = line.NetValue.Grosze,
        VatPercent = line.VatRate.Percent,
        IsEstimated = line.IsEstimated,
    };

    private static InvoiceVatSummaryRow VatRow(VatSummaryRow vat, long customerId) => new()
    {
        CustomerId = customerId,
        VatPercent = vat.Rate.Percent,
        NetGrosz = vat.Net.Grosze,
        VatGrosz = vat.Vat.Grosze,
        GrossGrosz = vat.Gross.Grosze,
    };
}
