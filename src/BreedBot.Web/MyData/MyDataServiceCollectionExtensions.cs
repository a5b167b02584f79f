using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.MyData;

internal static class MyDataServiceCollectionExtensions
{
    /// <summary>
    /// "Mijn gegevens" and "verwijder mijn gegevens": every feature's personal data (<see cref="IPersonalDataSource"/>)
    /// shown, exported and erased in <see cref="PersonalDataOrder"/>, and the delivery records of messages sent to the person.
    /// </summary>
    public static IServiceCollection AddMyData(this IServiceCollection services)
    {
        services.AddScoped<PersonalDataSubjects>();
        services.AddScoped<PersonalDataReport>();
        services.AddScoped<MyDataFile>();
        services.AddScoped<IFileConsentHandler>(provider => provider.GetRequiredService<MyDataFile>());
        services.AddCommand<MyDataHandler>();
        services.AddCardVerbs<MyDataHandler>();
        services.AddCardVerbs<MyDataEraser>();
        services.AddPersonalData<DeliveryPersonalData>();
        return services;
    }
}
