using System.Globalization;

namespace IBok.Benchmarks;

/// <summary>The <c>--name value</c> options of the probes' command lines.</summary>
internal static class ProbeArguments
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is not given.</summary>
    public static string? Option(this string[] args, string name) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();

    /// <summary>The integer after <paramref name="name"/>, or <paramref name="fallback"/> when the option is not given.</summary>
    public static int IntOption(this string[] args, string name, int fallback) =>
        args.Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
