using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// Descriptions from XML documentation comments: the <c>summary</c> of types and members and the
/// <c>param</c> text of parameters, read from <c>&lt;AssemblyName&gt;.xml</c> next to each assembly
/// (what <c>GenerateDocumentationFile</c> writes). Missing files give no descriptions.
/// </summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<Assembly, Dictionary<string, XElement>> _byAssembly = [];
    private readonly Dictionary<Assembly, string> _explicitFiles = [];

    /// <summary>Reads <paramref name="assembly"/>'s documentation from <paramref name="path"/> instead of next to the assembly.</summary>
    public void UseFile(Assembly assembly, string path) => _explicitFiles[assembly] = path;

    public string? Describe(MemberInfo member) => member switch
    {
        Type type => Summary(type.Assembly, "T:" + TypeId(type)),
        PropertyInfo property => Summary(property.DeclaringType!.Assembly, "P:" + TypeId(property.DeclaringType) + "." + property.Name),
        FieldInfo field => Summary(field.DeclaringType!.Assembly, "F:" + TypeId(field.DeclaringType) + "." + field.Name),
        MethodInfo method => Summary(method.DeclaringType!.Assembly, MethodId(method)),
        _ => null,
    };

    public string? Describe(ParameterInfo parameter)
    {
        if (parameter.Member is not MethodBase method || method.DeclaringType is null)
        {
            return null;
        }

        var id = method is MethodInfo m ? MethodId(m) : "M:" + TypeId(method.DeclaringType) + ".#ctor" + ParameterList(method);
        var element = Members(method.DeclaringType.Assembly).GetValueOrDefault(id);
        var param = element?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == parameter.Name);
        return param is null ? null : Text(param);
    }

    private string? Summary(Assembly assembly, string id) =>
        Members(assembly).GetValueOrDefault(id)?.Element("summary") is { } summary ? Text(summary) : null;

    private Dictionary<string, XElement> Members(Assembly assembly)
    {
        if (_byAssembly.TryGetValue(assembly, out var members))
        {
            return members;
        }

        members = [];
        var path = _explicitFiles.GetValueOrDefault(assembly)
            ?? (assembly.Location.Length == 0 ? null : Path.ChangeExtension(assembly.Location, ".xml"));
        if (path is not null && File.Exists(path))
        {
            foreach (var member in XDocument.Load(path).Descendants("member"))
            {
                if ((string?)member.Attribute("name") is { } name)
                {
                    members[name] = member;
                }
            }
        }

        _byAssembly[assembly] = members;
        return members;
    }

    /// <summary>The element's text with <c>see</c>/<c>paramref</c> references reduced to their names and whitespace collapsed per line.</summary>
    private static string? Text(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            builder.Append(node switch
            {
                XText text => text.Value,
                XElement { Name.LocalName: "see" or "seealso" } see => ReferenceName(see),
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name"),
                XElement { Name.LocalName: "para" } para => "\n\n" + Text(para) + "\n\n",
                XElement other => Text(other),
                _ => null,
            });
        }

        var lines = builder.ToString().Split('\n').Select(line => Whitespace().Replace(line, " ").Trim());
        var joined = string.Join("\n", lines).Trim();
        var collapsed = Paragraphs().Replace(Regex.Replace(joined, "(?<!\n)\n(?!\n)", " "), "\n\n");
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string? ReferenceName(XElement see)
    {
        if ((string?)see.Attribute("langword") is { } word)
        {
            return word;
        }

        if (see.Value.Length > 0)
        {
            return see.Value;
        }

        var cref = (string?)see.Attribute("cref") ?? (string?)see.Attribute("href");
        return cref?[(cref.LastIndexOf('.') + 1)..];
    }

    private static string TypeId(Type type) =>
        type.IsGenericType
            ? type.GetGenericTypeDefinition().FullName!.Replace('+', '.')
            : type.FullName!.Replace('+', '.');

    private static string MethodId(MethodInfo method) =>
        "M:" + TypeId(method.DeclaringType!) + "." + method.Name + ParameterList(method);

    private static string ParameterList(MethodBase method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => ParameterTypeId(p.ParameterType))) + ")";
    }

    private static string ParameterTypeId(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeId(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeId(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName!;
            var name = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeId)) + "}";
        }

        return type.FullName?.Replace('+', '.') ?? type.Name;
    }

    [GeneratedRegex("[ \t\r]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("\n{2,}")]
    private static partial Regex Paragraphs();
}
