namespace IBok.Domain.Metering;

/// <summary>The unit a meter counts in; it follows from the <see cref="MeterKind"/>.</summary>
public enum MeterUnit
{
    /// <summary>Cubic metres (m³): water meters, hot-water meters and submeters.</summary>
    CubicMetre,

    /// <summary>Gigajoules (GJ): heat meters (ciepłomierze).</summary>
    Gigajoule,
}
