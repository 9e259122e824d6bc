namespace IBok.Domain.Customers;

/// <summary>How a consent was given or withdrawn, kept as evidence of consent (art. 7 ust. 1 RODO / GDPR: the
/// controller must be able to demonstrate consent).</summary>
public enum ConsentSource
{
    /// <summary>By the customer in the iBOK portal.</summary>
    Portal,

    /// <summary>By a staff member, for example at the counter or on the phone.</summary>
    Staff,

    /// <summary>On a signed paper form.</summary>
    Paper,

    /// <summary>By another utility system through the API.</summary>
    Api,

    /// <summary>Withdrawn by the customer through the unsubscribe link of a notice e-mail (<c>/zgody/wypisz</c>).</summary>
    UnsubscribeLink,
}
