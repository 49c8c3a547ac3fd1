; Deskhand for Windows: a per-user installer (no administrator rights), built with Inno Setup 6.
;
; packaging/windows/build.ps1 compiles it on Windows, packaging/build.sh under Wine:
;     ISCC /DAppVersion=X.Y.Z /DStagingDir=FOLDER installer.iss
; AppVersion comes from pyproject.toml (packaging/version.py prints it). FOLDER holds:
;     deskhand\   the PyInstaller folder: deskhand.exe (console), deskhandw.exe (window), _internal\
;     cuda\       optional: _internal\llama_cpp\lib\ from a llama.cpp built with CUDA, with the
;                 CUDA runtime DLLs beside it. Installed over the CPU build only on a PC with an
;                 NVIDIA driver, and only if the person leaves that task ticked.
;
; What the person gets: Deskhand in %LOCALAPPDATA%\Programs\Deskhand, a Start-menu entry, an
; optional desktop icon, "Open with Deskhand" for .gguf files (it runs `deskhand models add`).
; Their data and models live in %LOCALAPPDATA%\deskhand: an upgrade never touches it, and the
; uninstaller deletes it only when they say so.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (python packaging/version.py prints it)
#endif
#ifndef StagingDir
  #error Pass the staging folder: ISCC /DStagingDir=FOLDER (see the top of installer.iss)
#endif
#ifndef OutputDir
  #define OutputDir "dist"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define WithCuda DirExists(StagingDir + "\cuda")
#define WindowExe "deskhandw.exe"
#define ConsoleExe "deskhand.exe"
#define ProgId "Deskhand.GGUF"

[Setup]
; The AppId never changes: a newer installer finds the installed Deskhand and upgrades it in place.
AppId={{7851525D-88FD-4FAA-95C3-E408171F2398}
AppName=Deskhand
AppVersion={#AppVersion}
AppVerName=Deskhand {#AppVersion}
AppPublisher=Deskhand
DefaultDirName={autopf}\Deskhand
DefaultGroupName=Deskhand
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
OutputDir={#OutputDir}
#if WithCuda
OutputBaseFilename=deskhand-{#AppVersion}-windows-x64-setup
#else
OutputBaseFilename=deskhand-{#AppVersion}-windows-x64-cpu-setup
#endif
SetupIconFile=resources\icons\deskhand.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName=Deskhand
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "gguf"; Description: "Open .gguf model files with Deskhand (adds them to your models folder)"; GroupDescription: "Models:"
#if WithCuda
Name: "gpu"; Description: "Use your NVIDIA GPU for the language models (CUDA build of llama.cpp)"; GroupDescription: "Models:"; Check: HasNvidiaGpu
#endif

[InstallDelete]
; The program folder is rebuilt on every install, so an upgrade leaves no files of the old version
; (nor the CUDA files when the GPU task is now off). User data is elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#StagingDir}\deskhand\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#if WithCuda
Source: "{#StagingDir}\cuda\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs; Tasks: gpu
#endif

[Icons]
Name: "{autoprograms}\Deskhand"; Filename: "{app}\{#WindowExe}"; Comment: "A private desktop agent"
Name: "{autodesktop}\Deskhand"; Filename: "{app}\{#WindowExe}"; Tasks: desktopicon

[Registry]
; Per-user file association (HKA is HKCU in a per-user install). Opening a .gguf file runs
; `deskhand models add FILE` in a console that stays open, so the person reads the outcome.
Root: HKA; Subkey: "Software\Classes\.gguf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: gguf
; Deskhand becomes the default for .gguf only where no other program already is.
Root: HKA; Subkey: "Software\Classes\.gguf"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: createvalueifdoesntexist uninsdeletevalue; Tasks: gguf
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "GGUF language model"; Flags: uninsdeletekey; Tasks: gguf
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#WindowExe},0"; Tasks: gguf
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "Add to Deskhand's models"; Tasks: gguf
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{cmd}"" /c """"{app}\{#ConsoleExe}"" models add ""%1"" & pause"""; Tasks: gguf

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,Deskhand}"; Flags: nowait postinstall skipifsilent

[Code]
const
  DataFolder = '{localappdata}\deskhand';

#if WithCuda
{ An NVIDIA driver installs nvcuda.dll into System32: the GPU build is only offered then. }
function HasNvidiaGpu: Boolean;
begin
  Result := FileExists(ExpandConstant('{sys}\nvcuda.dll'));
end;
#endif

{ The run log, settings and downloaded models outlive the program unless the person asks. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Data := ExpandConstant(DataFolder);
  if UninstallSilent or not DirExists(Data) then
    exit;
  if MsgBox('Also delete your Deskhand data: the run history, settings and the models in'#13#10
      + Data + '?'#13#10#13#10'Choose No to keep them for a later install.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(Data, True, True, True);
end;
