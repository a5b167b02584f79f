namespace BreedBot.Domain.Meldcode;

/// <summary>What the afwegingskader says after an answer that ends the questions. The professional decides.</summary>
public enum KaderNorm
{
    /// <summary>No suspicion: close, and record it in the dossier.</summary>
    CloseAndRecord,

    /// <summary>Acute or structural unsafety: reporting is the norm; questions 3–5 are then gone through with Veilig Thuis.</summary>
    ReportUnsafety,

    /// <summary>Effective help cannot be given or organised: reporting is the norm.</summary>
    ReportNoHelp,

    /// <summary>Those involved do not accept the help: reporting is the norm.</summary>
    ReportHelpRefused,

    /// <summary>The help does not bring the needed results in time: (again) reporting is the norm.</summary>
    ReportHelpFails,

    /// <summary>The help works: close it, with agreements on following safety.</summary>
    CloseHelpWithAgreements,
}
