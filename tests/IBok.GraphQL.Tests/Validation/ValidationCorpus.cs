namespace IBok.GraphQL.Tests.Validation;

/// <summary>
/// Documents for the differential test against graphql-js: valid and invalid ones for every rule of
/// Section 5, grouped by rule. All parse; several break more than one rule on purpose.
/// </summary>
internal static class ValidationCorpus
{
    public static IReadOnlyList<string> Documents { get; } =
    [
        // ExecutableDefinitionsRule
        "{ dog { name } }",
        "query Foo { dog { name } } type Cow { name: String } extend type Dog { color: String }",
        "schema { query: Query } type Query { test: String } extend schema @directive",
        "directive @foo on FIELD query Q { dog { name } }",

        // UniqueOperationNamesRule
        "query Foo { dog { name } } query Bar { dog { name } }",
        "query Foo { dog { name } } query Foo { cat { name } }",
        "query Foo { dog { name } } mutation Foo { renameDog(name: \"x\") { name } }",
        "query Foo { dog { name } } subscription Foo { newDog { name } }",
        "query Foo { ...F } fragment Foo on Query { dog { name } } fragment F on Query { cat { name } }",

        // LoneAnonymousOperationRule
        "{ dog { name } } { cat { name } }",
        "{ dog { name } } query Foo { cat { name } }",
        "{ dog { name } } mutation Foo { renameDog(name: \"x\") { name } }",
        "{ ...F } fragment F on Query { dog { name } }",

        // SingleFieldSubscriptionsRule
        "subscription ImportantEmails { newDog { name } }",
        "subscription { newDog { name } newCat { name } }",
        "subscription S { newDog { name } disallowedSecondRootField }",
        "subscription S { newDog { name } ...F } fragment F on Subscription { newCat { name } disallowedSecondRootField }",
        "subscription S { __typename }",
        "subscription { newDog { name } __typename }",
        "subscription S { newDog { name } newDog { nickname } }",
        "subscription S { newDog { name } ... on Subscription { newCat { name } } }",
        "subscription S { newDog { name } newCat @skip(if: true) { name } }",
        "subscription S { newDog { name } newCat @include(if: false) { name } }",

        // KnownTypeNamesRule
        "query Foo($var: String, $required: [Int!]!) { dog @onField { name } }",
        "query Foo($var: JumbledUpLetters) { dog { name } }",
        "query Foo($var: [Doge!]) { dog { ... on Catt { name } ...F } } fragment F on Peat { name }",
        "{ dog { ... on Badger { name } } }",
        "query($a: Strin) { dog { name } }",
        "{ __schema { types { name } } }",

        // FragmentsOnCompositeTypesRule
        "fragment F on Dog { barks } { dog { ...F } }",
        "fragment F on Pet { name } { pet { ...F } }",
        "fragment F on CatOrDog { ... on Dog { barks } } { catOrDog { ...F } }",
        "{ dog { ... { barks } } }",
        "fragment F on Boolean { bad } { dog { ...F } }",
        "fragment F on FurColor { bad } { dog { ...F } }",
        "fragment F on ComplexInput { stringField } { dog { ...F } }",
        "{ dog { ... on String { name } } }",

        // VariablesAreInputTypesRule
        "query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }",
        "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { complicatedArgs { stringArgField(stringArg: $a) complexArgField(complexArg: $c) } booleanList: dog { name } }",
        "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",

        // ScalarLeafsRule
        "{ dog { barks } }",
        "query directQueryOnObjectWithoutSubFields { human }",
        "{ human { pets } }",
        "{ dog }",
        "{ catOrDog }",
        "{ dog { barks { sinceWhen } } }",
        "{ dog { furColor: barkVolume { inHexadecimal } } }",
        "{ cat { furColor { inHexadecimal } } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } } }",
        "{ human { relatives } }",

        // FieldsOnCorrectTypeRule
        "fragment F on Dog { name } { dog { ...F } }",
        "fragment F on Dog { tName: name otherName: name } { dog { ...F } }",
        "fragment F on Pet { __typename } { pet { ...F } }",
        "fragment F on Dog { meowVolume } { dog { ...F } }",
        "fragment F on Dog { deepField { unknownField } } { dog { ...F } }",
        "fragment F on Dog { unknownField { deeperUnknownField } } { dog { ...F } }",
        "fragment F on Dog { ... on Dog { meowVolume } } { dog { ...F } }",
        "fragment F on Dog { volume: mooVolume } { dog { ...F } }",
        "fragment F on Pet { tailLength } { pet { ...F } }",
        "fragment F on Pet { nickname } { pet { ...F } }",
        "fragment F on CatOrDog { name } { catOrDog { ...F } }",
        "fragment F on CatOrDog { __typename } { catOrDog { ...F } }",
        "fragment F on CatOrDog { barks } { catOrDog { ...F } }",
        "fragment F on Canine { barkVolume } { dog { ...F } }",
        "fragment F on Mammal { name } { dog { ...F } }",
        "{ dog { nam } }",
        "{ __typename }",
        "{ humanOrAlien { nmae } }",

        // UniqueFragmentNamesRule
        "{ dog { ...F } } fragment F on Dog { name }",
        "{ dog { ...fragA } } fragment fragA on Dog { name } fragment fragA on Dog { barks }",
        "{ dog { ...fragA ...fragB } } fragment fragA on Dog { name } fragment fragB on Dog { name } fragment fragA on Dog { nickname }",

        // KnownFragmentNamesRule
        "{ human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields2 on Human { name } fragment HumanFields3 on Human { name }",
        "{ human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } } fragment HumanFields on Human { name ...UnknownFragment3 }",

        // NoUnusedFragmentsRule
        "query Foo { human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields3 on Human { name }",
        "query Foo { human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name } fragment Unused1 on Human { name } fragment Unused2 on Human { name ...Unused1 }",
        "query Foo { human(id: 4) { ...bar } } fragment foo on Human { name }",

        // PossibleFragmentSpreadsRule
        "fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume } { dog { ...objectWithinObject } }",
        "fragment F on Dog { ... on Dog { barkVolume } } { dog { ...F } }",
        "fragment F on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume } { pet { ...F } }",
        "fragment F on Dog { ...petFragment } fragment petFragment on Pet { name } { dog { ...F } }",
        "fragment F on CatOrDog { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename } { catOrDog { ...F } }",
        "fragment F on Dog { ...catFragment } fragment catFragment on Cat { meowsVolume } { dog { ...F } }",
        "fragment F on Dog { ... on Cat { meowsVolume } } { dog { ...F } }",
        "fragment F on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume } { cat { ...F } }",
        "fragment F on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } } { pet { ...F } }",
        "fragment F on CatOrDog { ...humanFragment } fragment humanFragment on Human { pets { name } } { catOrDog { ...F } }",
        "fragment F on Dog { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename } { dog { ...F } }",
        "fragment F on Pet { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename } { pet { ...F } }",
        "fragment F on HumanOrAlien { ...petFragment } fragment petFragment on Pet { name } { humanOrAlien { ...F } }",
        "fragment F on DogOrHuman { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename } { dogOrHuman { ...F } }",
        "{ dog { ... on Human { name } } }",
        "fragment F on Mammal { ... on Canine { name } } { dog { ...F } }",

        // NoFragmentCyclesRule
        "{ dog { ...fragA } } fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }",
        "{ dog { ...fragA } } fragment fragA on Dog { ...fragA }",
        "{ dog { ...fragA } } fragment fragA on Dog { ... on Dog { ...fragA } }",
        "{ dog { ...fragA } } fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }",
        "{ dog { ...fragA } } fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragC } fragment fragC on Dog { ...fragO ...fragP } fragment fragO on Dog { ...fragP } fragment fragP on Dog { ...fragA ...fragX } fragment fragX on Dog { name }",
        "{ dog { ...fragA } } fragment fragA on Dog { ...fragB ...fragC } fragment fragB on Dog { ...fragA } fragment fragC on Dog { ...fragA }",
        "{ dog { ...fragA } } fragment fragA on Dog { ...fragC } fragment fragB on Dog { ...fragC } fragment fragC on Dog { ...fragA ...fragB }",
        "{ dog { ...fragA } } fragment fragA on Dog { ...nameFragment } fragment nameFragment on Pet { ...fragA }",

        // UniqueVariableNamesRule
        "query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }",
        "query A($x: Int, $x: Int, $x: String) { __typename } query B($x: String, $x: Int) { __typename } query C($x: Int, $x: Int) { __typename }",

        // NoUndefinedVariablesRule
        "query Foo($a: String, $b: String, $c: String) { complicatedArgs { a: stringArgField(stringArg: $a) b: stringArgField(stringArg: $b) c: stringArgField(stringArg: $c) } }",
        "query Foo($a: String, $b: String, $c: String) { complicatedArgs { a: stringArgField(stringArg: $a) d: stringArgField(stringArg: $d) } }",
        "query { complicatedArgs { stringArgField(stringArg: $a) } }",
        "query Foo($b: String) { ...FragA } fragment FragA on Query { complicatedArgs { stringArgField(stringArg: $a) ...FragB } } fragment FragB on ComplicatedArgs { stringArgField(stringArg: $c) }",
        "query Foo($a: String) { ...FragA } query Bar { ...FragA } fragment FragA on Query { complicatedArgs { stringArgField(stringArg: $a) } }",
        "query Foo($a: Boolean!) { dog @include(if: $a) { name @skip(if: $b) } }",

        // NoUnusedVariablesRule
        "query ($a: String, $b: String, $c: String) { complicatedArgs { a: stringArgField(stringArg: $a) b: stringArgField(stringArg: $b) c: stringArgField(stringArg: $c) } }",
        "query ($a: String, $b: String, $c: String) { complicatedArgs { a: stringArgField(stringArg: $a) } }",
        "query Foo($a: String, $b: String, $c: String) { ...FragA } fragment FragA on Query { complicatedArgs { stringArgField(stringArg: $a) ...FragB } } fragment FragB on ComplicatedArgs { b: stringArgField(stringArg: $b) }",
        "query Foo($b: String) { ...FragA } query Bar($a: String) { ...FragB } fragment FragA on Query { complicatedArgs { stringArgField(stringArg: $a) } } fragment FragB on Query { complicatedArgs { stringArgField(stringArg: $b) } }",

        // KnownDirectivesRule
        "query Foo @onQuery { dog @include(if: true) { name } human @skip(if: false) { name } }",
        "{ dog @unknown(directive: \"value\") { name } }",
        "{ dog @unknown(directive: \"value\") { name } human @unknown(directive: \"value\") { name pets @unknown(directive: \"value\") { name } } }",
        "query Foo($var: Boolean @onVariableDefinition) @onQuery { dog @onField { ...Frag @onFragmentSpread ... @onInlineFragment { name } } } fragment Frag on Dog @onFragmentDefinition { name }",
        "query Foo($var: Boolean @onQuery) @onMutation { dog @onQuery { ...Frag @onQuery ... @onQuery { name } } } fragment Frag on Dog @onQuery { name }",
        "mutation M @onMutation { renameDog(name: \"x\") @onMutation { name } }",
        "subscription S @onSubscription @onQuery { newDog { name } }",
        "{ dog { name @deprecated } }",

        // UniqueDirectivesPerLocationRule
        "{ dog @onField @repeatable @repeatable { name } }",
        "{ dog @onField @onField { name } }",
        "{ dog @onField @onField @onField { name } }",
        "{ dog @onField @include(if: true) @onField @include(if: false) { name } }",
        "query Q @onQuery @onQuery { dog { name } }",
        "{ dog @unknown @unknown { name } }",

        // KnownArgumentNamesRule
        "fragment F on Dog { doesKnowCommand(dogCommand: SIT) } { dog { ...F } }",
        "fragment F on Dog { isAtLocation(x: 1, y: 2) } { dog { ...F } }",
        "fragment F on Dog { isAtLocation(y: 2, x: 1) } { dog { ...F } }",
        "{ dog @skip(unless: true) { name } }",
        "{ dog @skip(iff: true) { name } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) name(surname: true, sirname: true) } }",
        "fragment F on Dog { doesKnowCommand(unknown: true) } { dog { ...F } }",
        "fragment F on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) } { dog { ...F } }",
        "fragment F on Dog { doesKnowCommand(whoKnows: 1) isHouseTrained(atOtherHomes: true) unknownField(unknownArg: 1) } { dog { ...F } }",
        "{ dog { name @onField(arg: 1) } }",

        // UniqueArgumentNamesRule
        "{ field(arg1: \"value\", arg2: \"value\") }",
        "{ dog { isAtLocation(x: 1, x: 2) } }",
        "{ dog { isAtLocation(x: 1, x: 2, x: 3) } }",
        "{ dog @skip(if: true, if: false) { name } }",
        "{ dog { isAtLocation(x: 1, y: 1) isHouseTrained(atOtherHomes: true, atOtherHomes: false) } }",

        // ValuesOfCorrectTypeRule
        "{ complicatedArgs { intArgField(intArg: 2) } }",
        "{ complicatedArgs { intArgField(intArg: \"3\") } }",
        "{ complicatedArgs { intArgField(intArg: 2.0) } }",
        "{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }",
        "{ complicatedArgs { intArgField(intArg: FOO) } }",
        "{ complicatedArgs { intArgField(intArg: true) } }",
        "{ complicatedArgs { stringArgField(stringArg: 1) } }",
        "{ complicatedArgs { stringArgField(stringArg: 1.0) } }",
        "{ complicatedArgs { stringArgField(stringArg: true) } }",
        "{ complicatedArgs { stringArgField(stringArg: BAR) } }",
        "{ complicatedArgs { stringArgField(stringArg: \"\"\"block\"\"\") } }",
        "{ complicatedArgs { floatArgField(floatArg: 1) } }",
        "{ complicatedArgs { floatArgField(floatArg: 1.1e10) } }",
        "{ complicatedArgs { floatArgField(floatArg: \"3.333\") } }",
        "{ complicatedArgs { floatArgField(floatArg: true) } }",
        "{ complicatedArgs { floatArgField(floatArg: FOO) } }",
        "{ complicatedArgs { booleanArgField(booleanArg: 2) } }",
        "{ complicatedArgs { booleanArgField(booleanArg: \"true\") } }",
        "{ complicatedArgs { booleanArgField(booleanArg: TRUE) } }",
        "{ complicatedArgs { idArgField(idArg: 1) a: idArgField(idArg: \"someIdString\") } }",
        "{ complicatedArgs { idArgField(idArg: 1.0) } }",
        "{ complicatedArgs { idArgField(idArg: true) } }",
        "{ complicatedArgs { idArgField(idArg: SOMETHING) } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) } }",
        "{ dog { doesKnowCommand(dogCommand: 2) } }",
        "{ dog { doesKnowCommand(dogCommand: 1.0) } }",
        "{ dog { doesKnowCommand(dogCommand: \"SIT\") } }",
        "{ dog { doesKnowCommand(dogCommand: true) } }",
        "{ dog { doesKnowCommand(dogCommand: JUGGLE) } }",
        "{ dog { doesKnowCommand(dogCommand: sit) } }",
        "{ complicatedArgs { enumArgField(enumArg: NO_FUR) a: enumArgField(enumArg: null) } }",
        "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", null, \"two\"]) a: stringListArgField(stringListArg: []) b: stringListArgField(stringListArg: \"one\") } }",
        "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) } }",
        "{ complicatedArgs { stringListArgField(stringListArg: 1) } }",
        "{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [\"a\", null]) } }",
        "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
        "{ complicatedArgs { multipleReqs(req1: \"one\", req2: \"two\") } }",
        "{ complicatedArgs { multipleReqs(req2: 2, req1: 1) multipleOpts multipleOptAndReq(req1: 3, req2: 4, opt2: 5) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: false, stringListField: [\"one\", 2], requiredField: true }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: \"value\" }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, strinField: \"value\" }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: null }) } }",
        "{ complicatedArgs { complexArgField(complexArg: \"notAnObject\") } }",
        "{ complicatedArgs { complexArgField(complexArg: [{ requiredField: true }]) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringListField: { nested: 1 } }) } }",
        "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\" }) } }",
        "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) } }",
        "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }",
        "{ complicatedArgs { oneOfArgField(oneOfArg: {}) } }",
        "query ($x: Int! = 3) { complicatedArgs { intArgField(intArg: $x) } }",
        "query ($a: Int = \"one\", $b: String = 4, $c: ComplexInput = \"NotVeryComplex\") { complicatedArgs { intArgField(intArg: $a) stringArgField(stringArg: $b) complexArgField(complexArg: $c) } }",
        "query ($a: Int! = null, $b: String! = null) { complicatedArgs { intArgField(intArg: $a) stringArgField(stringArg: $b) } }",
        "query ($a: ComplexInput = { requiredField: 123, intField: \"abc\" }) { complicatedArgs { complexArgField(complexArg: $a) } }",
        "{ dog @include(if: \"yes\") { name @skip(if: ENUM) } }",
        "{ complicatedArgs { dateArgField(dateArg: \"2026-01-31\") dateTimeArgField(dateTimeArg: \"2026-01-31T14:05:00+01:00\") decimalArgField(decimalArg: \"12.50\") a: decimalArgField(decimalArg: 12.5) longArgField(longArg: 9007199254740993) } }",

        // ProvidedRequiredArgumentsRule
        "{ complicatedArgs { multipleReqs(req1: 1) } }",
        "{ complicatedArgs { multipleReqs } }",
        "{ complicatedArgs { multipleReqs(req1: \"one\") } }",
        "{ complicatedArgs { nonNullFieldWithDefault } }",
        "{ dog { name @withArgs } }",
        "{ dog { name @withArgs(optional: \"x\") nickname @withArgs(required: 1) } }",
        "{ dog @include { name @skip } }",
        "{ dog { isHouseTrained unknownField(arg: 1) } }",

        // VariablesInAllowedPositionRule
        "query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }",
        "query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }",
        "query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
        "query Query($intArg: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
        "query Query($intArg: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
        "query Query($intArg: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intArg) } }",
        "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }",
        "query Query($stringVar: String) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$stringVar]) } }",
        "query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }",
        "query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }",
        "query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }",
        "query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) { name } }",
        "query Query($intVar: Int!) { complicatedArgs { stringArgField(stringArg: $intVar) } }",
        "query Query($furColor: FurColor) { complicatedArgs { enumArgField(enumArg: $furColor) } }",
        "query Query($cmd: DogCommand) { complicatedArgs { enumArgField(enumArg: $cmd) } }",
        "query Query($intArg: Int) { ...F } fragment F on Query { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
        "query Query($boolVar: Boolean!) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar }) } }",
        "query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar }) } }",
        "query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar }) } }",
        "query Query($string: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }",
        "query Query($string: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }",
        "query Query($input: OneOfInput) { complicatedArgs { oneOfArgField(oneOfArg: $input) } }",

        // OverlappingFieldsCanBeMergedRule
        "fragment F on Dog { name otherName: name } { dog { ...F } }",
        "fragment F on Dog { name name } { dog { ...F } }",
        "fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } { dog { ...F } }",
        "fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } { dog { ...F } }",
        "fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand } { dog { ...F } }",
        "fragment F on Dog { doesKnowCommand doesKnowCommand(dogCommand: SIT) } { dog { ...F } }",
        "fragment F on Dog { fido: name fido: nickname } { dog { ...F } }",
        "fragment F on Dog { name: nickname name } { dog { ...F } }",
        "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barks }",
        "{ dog { x: name } ...A } fragment A on Query { dog { x: nickname } }",
        "{ dog { x: name ...A } } fragment A on Dog { x: nickname }",
        "{ field: dog { name } field: cat { name } }",
        "{ dog { x: name y: barks } dog { x: nickname y: barkVolume } }",
        "{ dog { x: name } dog { ... on Dog { x: nickname } } }",
        "{ catOrDog { ... on Dog { name: nickname } ... on Cat { name } } }",
        "{ catOrDog { ... on Dog { volume: barkVolume } ... on Cat { volume: meows } } }",
        "{ pet { ... on Dog { name(surname: true) } ... on Cat { name } } }",
        "{ pet { ... on Dog { name } name(surname: true) } }",
        "{ dog { name(surname: true) ... on Pet { name } } }",
        "{ dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }",
        "query ($a: Int, $b: Int) { dog { isAtLocation(x: $a) isAtLocation(x: $b) } }",
        "{ dog { ...A } dog { ...B } } fragment A on Dog { owner { name } } fragment B on Dog { owner { name: iq } }",
        "{ human { relatives { name } } human { relatives { name: iq } } }",
        "{ human { pets { name } } human { pets: relatives { name } } }",
        "{ catOrDog { ... on Dog { barks: barkVolume } ... on Dog { barks } } }",
        "{ a: dog { mother { name } } a: dog { mother { name: nickname } father { x: name } } }",
        "{ dog { ...F ...F } } fragment F on Dog { name }",
        "{ dog { ...A ...B ...A } } fragment A on Dog { name ...B } fragment B on Dog { name: nickname ...A }",
        "{ __typename __typename t: __typename t: name }",
        "{ dog { x: name } dog { x: name @skip(if: true) } }",

        // UniqueInputFieldNamesRule
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false }) } }",
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1, intField: 2, intField: 3 }) } }",
        "{ field(arg: { f1: \"value\", f1: \"value\", nested: { f1: 1, f1: 2 } }) }",

        // Several rules at once
        "query Broken($unused: Int, $dup: Int, $dup: String) { dog { unknown nickname: name nickname ...Missing ... on Cat { meows } } } fragment Lonely on Human { iq }",
        """
        query Multi($a: Int!) {
          complicatedArgs {
            intArgField(intArg: $a)
            nonNullIntArgField
          }
          human(id: 1) {
            relatives { ...Rel }
          }
        }

        fragment Rel on Human {
          name(surname: "yes")
          iq(unknown: 1)
        }
        """,
    ];
}
