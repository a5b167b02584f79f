using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// Small templates that exercise one binder feature each. Their expansion is compared with the
/// official package's, so each feature's semantics are proven, not assumed.
/// </summary>
internal static class BinderFeatureCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, OracleCase>> AllCases = new(Build);

    public static IReadOnlyDictionary<string, OracleCase> All => AllCases.Value;

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private const string Data = """
        {
          "name": "Ann",
          "brace": "A}nn",
          "count": 3,
          "ratio": 1.5,
          "big": 1e21,
          "tiny": 0.000001,
          "negative": -42,
          "yes": true,
          "no": false,
          "empty": "",
          "person": { "first": "Bo", "city": "Utrecht", "tags": ["a", "b"] },
          "Mixed": "capital first",
          "mixed": "lower second",
          "items": [
            { "title": "one", "show": true, "kind": "x", "rank": 1 },
            { "title": "two", "show": false, "kind": "y", "rank": 2 },
            { "title": "three", "show": true, "kind": "x", "rank": 3 }
          ],
          "single": [ { "title": "only" } ],
          "none": [],
          "words": ["alpha", "beta"],
          "grid": [ { "row": ["r0c0", "r0c1"] }, { "row": ["r1c0"] } ],
          "hostile": "\"}{\" ${name} $root \\ ` \u0000 \n </script> {\"a\":1}",
          "unicode": "Zoë 👩🏽‍⚕️ 名前 \u200B",
          "nested": { "inner": { "deep": "bottom" } }
        }
        """;

    private static readonly (string Id, string Template)[] Templates =
    [
        ("interpolation", """{ "a": "Hallo ${name}!", "b": "${name}${name}", "c": " ${name}", "d": "${ name }", "e": "${empty}", "f": "50% $ { } ${name}", "g": "'${name}' \"${name}\"", "h": "{${name}}", "i": "$${name}$", "j": "${name}} {" }"""),
        ("typed-values", """{ "n": "${count}", "r": "${ratio}", "t": "${yes}", "f": "${no}", "o": "${person}", "arr": "${words}" }"""),
        ("number-text", """{ "a": "${count} x", "b": "${ratio} x", "c": "${big} x", "d": "${tiny} x", "e": "${negative} x", "f": "${yes}/${no}" }"""),
        ("paths", """{ "a": "${person.city}", "b": "${person.tags[1]}", "c": "${items[2].title}", "d": "${nested.inner.deep}", "e": "${$root.name}", "f": "${$data.name}" }"""),
        ("case-insensitive", """{ "a": "${NAME}", "b": "${mixed}", "c": "${MIXED}", "d": "${Person.City}" }"""),
        ("data-object", """{ "x": { "$data": "${person}", "first": "${first}", "root": "${$root.name}", "self": "${$data.city}" } }"""),
        ("data-array-repeat", """{ "list": [ "head", { "$data": "${items}", "t": "${title}", "i": "${$index}", "root": "${$root.count}" }, "tail" ] }"""),
        ("data-primitive-items", """{ "list": [ { "$data": "${words}", "w": "• ${$data}", "i": "${$index}" } ] }"""),
        ("data-nested-index", """{ "rows": [ { "$data": "${grid}", "outer": "${$index}", "cells": [ { "$data": "${row}", "v": "${$data}", "inner": "${$index}" } ] } ] }"""),
        ("data-single-and-empty", """{ "one": { "$data": "${single}", "t": "${title}" }, "many": { "$data": "${words}", "w": "${$data}" }, "zero": { "$data": "${none}", "t": "x" }, "list": [ { "$data": "${none}", "t": "x" }, "kept" ] }"""),
        ("when-basic", """{ "list": [ { "$when": "${yes}", "v": 1 }, { "$when": "${no}", "v": 2 }, { "$when": "${!no}", "v": 3 }, { "$when": "${!yes}", "v": 4 } ], "prop": { "$when": "${no}", "v": 5 } }"""),
        ("when-compare", """{ "list": [ { "$when": "${name == 'Ann'}", "v": 1 }, { "$when": "${name != 'Ann'}", "v": 2 }, { "$when": "${count == 3}", "v": 3 }, { "$when": "${count != 3}", "v": 4 }, { "$when": "${name == \"Ann\"}", "v": 5 }, { "$when": "${count == '3'}", "v": 6 }, { "$when": "${ratio == 1.5}", "v": 7 } ] }"""),
        ("when-logic", """{ "list": [ { "$when": "${yes && count == 3}", "v": 1 }, { "$when": "${no || name == 'Ann'}", "v": 2 }, { "$when": "${no && yes || yes}", "v": 3 }, { "$when": "${no && (yes || yes)}", "v": 4 }, { "$when": "${!no && !no}", "v": 5 }, { "$when": "${!name}", "v": 6 } ] }"""),
        ("when-per-item", """{ "list": [ { "$data": "${items}", "$when": "${show}", "t": "${title}", "i": "${$index}" } ], "first": [ { "$data": "${items}", "$when": "${$index == 0}", "t": "${title}" } ] }"""),
        ("when-skips-unbound", """{ "list": [ { "$when": "${no}", "v": "${doesNotExist}" }, "kept" ] }"""),
        ("compare-typed", """{ "a": "${name == 'Ann'}", "b": "${count != 3}", "c": "is ${yes && no}" }"""),
        ("literal-placeholders", """{ "a": "${3}", "b": "${'x'}", "c": "${(3)}", "d": "${1.50}", "e": "${true}", "f": "${!true}", "g": "${count} ${'}'}", "h": "${brace=='A}nn'}", "i": "x ${brace == \"A}nn\"} y", "j": "${ !yes }", "k": "${count==3}" }"""),
        ("hostile-values", """{ "a": "${hostile}", "b": "[${hostile}]", "c": "${unicode}", "d": "${unicode} ${hostile}" }"""),
        ("literals-untouched", """{ "plain": "no placeholder: $ { } $root", "n": 7, "b": true, "z": null, "nested": [[1, 2], 3, null], "${name}": "keys stay", "$root": "removed", "$index": 0, "$host": "removed" }"""),
        ("whole-card", """{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "${name}", "wrap": true }, { "type": "TextBlock", "$data": "${items}", "$when": "${kind == 'x'}", "text": "${$index}. ${title}" } ] }"""),
    ];

    private static Dictionary<string, OracleCase> Build()
    {
        var data = JsonTrees.Materialized(JsonNode.Parse(Data)!);
        return Templates.ToDictionary(
            t => $"feature:{t.Id}",
            t => new OracleCase($"feature:{t.Id}", JsonTrees.Materialized(JsonNode.Parse(t.Template)!), data),
            StringComparer.Ordinal);
    }
}
