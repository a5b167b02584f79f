namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// Card titles the end-to-end tests look for. The Playground always sends locale "en-US", and
/// BreedBot answers in English for "en" locales, so either language proves the flow.
/// </summary>
internal static class ExpectedTitles
{
    public static readonly string[] Welcome = ["Welkom bij BreedBot", "Welcome to BreedBot"];

    public static readonly string[] Help = ["Wat BreedBot voor je doet", "What BreedBot does for you"];
}
