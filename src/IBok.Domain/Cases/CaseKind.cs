namespace IBok.Domain.Cases;

/// <summary>What a customer's case (zgłoszenie) is about.</summary>
public enum CaseKind
{
    /// <summary>A complaint (reklamacja), for example about an invoice or the quality of water; answered within the
    /// deadline of the municipality's regulamin.</summary>
    Complaint,

    /// <summary>A request (wniosek), for example for a new connection or a meter check.</summary>
    Request,

    /// <summary>A question (zapytanie).</summary>
    Question,

    /// <summary>A request to change the customer's data (zmiana danych), for example the correspondence address.</summary>
    DataChange,

    /// <summary>A request to refund an overpayment (zwrot nadpłaty).</summary>
    Refund,
}
