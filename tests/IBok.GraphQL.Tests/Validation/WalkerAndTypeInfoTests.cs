using IBok.GraphQL.Language;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="SyntaxWalker"/> order and skipping, and what <see cref="TypeInfo"/> reports at each node.</summary>
public sealed class WalkerAndTypeInfoTests
{
    [Fact]
    public void Walk_VisitsInGraphQLJsKeyOrder()
    {
        var recorder = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("query Q($v: Int = 1) @onQuery { a: dog(x: [1]) { name } ...F }"), recorder);

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter Name", "leave Name",
                "enter VariableDefinition", "enter Variable", "enter Name", "leave Name", "leave Variable",
                "enter NamedType", "enter Name", "leave Name", "leave NamedType", "enter IntValue", "leave IntValue", "leave VariableDefinition",
                "enter Directive", "enter Name", "leave Name", "leave Directive",
                "enter SelectionSet", "enter Field", "enter Name", "leave Name", "enter Name", "leave Name",
                "enter Argument", "enter Name", "leave Name", "enter ListValue", "enter IntValue", "leave IntValue", "leave ListValue", "leave Argument",
                "enter SelectionSet", "enter Field", "enter Name", "leave Name", "leave Field", "leave SelectionSet", "leave Field",
                "enter FragmentSpread", "enter Name", "leave Name", "leave FragmentSpread",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Walk_EnterReturningFalse_SkipsChildrenAndLeave()
    {
        var recorder = new Recorder { Skip = SyntaxKind.SelectionSet };

        SyntaxWalker.Walk(Parser.Parse("{ dog { name } }"), recorder);

        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "leave OperationDefinition", "leave Document"], recorder.Events);
    }

    [Fact]
    public void TypeInfo_TracksTypesFieldsArgumentsAndInputPositions()
    {
        var probe = new TypeInfoProbe(new TypeInfo(ValidationSchema.Schema));

        SyntaxWalker.Walk(
            Parser.Parse("{ dog { isHouseTrained(atOtherHomes: true) doesKnowCommand(dogCommand: SIT) } complicatedArgs { complexArgField(complexArg: { stringListField: [\"a\"] }) } }"),
            probe);

        Assert.Equal(
            [
                "Field dog: parent=Query type=Dog field=dog",
                "Field isHouseTrained: parent=Dog type=Boolean field=isHouseTrained",
                "Argument atOtherHomes: input=Boolean argument=atOtherHomes default=True",
                "Field doesKnowCommand: parent=Dog type=Boolean field=doesKnowCommand",
                "Argument dogCommand: input=DogCommand argument=dogCommand default=False",
                "EnumValue SIT: enum=SIT",
                "Field complicatedArgs: parent=Query type=ComplicatedArgs field=complicatedArgs",
                "Field complexArgField: parent=ComplicatedArgs type=String field=complexArgField",
                "Argument complexArg: input=ComplexInput argument=complexArg default=False",
                "ObjectField stringListField: input=[String] parentInput=ComplexInput",
                "StringValue a: input=String parentInput=[String]",
            ],
            probe.Lines);
    }

    [Fact]
    public void TypeInfo_UnknownNames_GiveNullsNotErrors()
    {
        var probe = new TypeInfoProbe(new TypeInfo(ValidationSchema.Schema));

        SyntaxWalker.Walk(Parser.Parse("{ nope(x: 1) { deeper } }"), probe);

        Assert.Equal(
            ["Field nope: parent=Query type= field=", "Argument x: input= argument= default=False", "Field deeper: parent= type= field="],
            probe.Lines);
    }

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public SyntaxKind? Skip { get; init; }

        public override bool Enter(SyntaxNode node)
        {
            Events.Add("enter " + node.Kind);
            return node.Kind != Skip;
        }

        public override void Leave(SyntaxNode node) => Events.Add("leave " + node.Kind);
    }

    private sealed class TypeInfoProbe(TypeInfo typeInfo) : SyntaxVisitor
    {
        public List<string> Lines { get; } = [];

        public override bool Enter(SyntaxNode node)
        {
            typeInfo.Enter(node);
            switch (node)
            {
                case FieldNode field:
                    Lines.Add($"Field {field.Name.Value}: parent={typeInfo.ParentType} type={typeInfo.Type} field={typeInfo.FieldDefinition?.Name}");
                    break;
                case ArgumentNode argument:
                    Lines.Add($"Argument {argument.Name.Value}: input={typeInfo.InputType} argument={typeInfo.Argument?.Name} default={typeInfo.DefaultValueSource is not null}");
                    break;
                case EnumValueNode enumValue:
                    Lines.Add($"EnumValue {enumValue.Value}: enum={typeInfo.EnumValue?.Name}");
                    break;
                case ObjectFieldNode objectField:
                    Lines.Add($"ObjectField {objectField.Name.Value}: input={typeInfo.InputType} parentInput={typeInfo.ParentInputType}");
                    break;
                case StringValueNode text:
                    Lines.Add($"StringValue {text.Value}: input={typeInfo.InputType} parentInput={typeInfo.ParentInputType}");
                    break;
            }

            return true;
        }

        public override void Leave(SyntaxNode node) => typeInfo.Leave(node);
    }
}
