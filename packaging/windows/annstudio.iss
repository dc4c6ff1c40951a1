; Inno Setup script: per-user installer for ANN Studio on Windows (no admin rights).
;
; Made by `python packaging/build.py` on Windows when Inno Setup 6 (iscc) is installed;
; it passes the defines below. By hand, after a build:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\annstudio /DOutputDir=dist ^
;        /DIconFile=build\icons\annstudio.ico packaging\windows\annstudio.iss
; Installs to %LOCALAPPDATA%\Programs\ANN Studio with a Start-menu entry; uninstall from
; "Apps & features". Students can also unzip the bundle folder and run annstudio.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\annstudio"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBase
  #define OutputBase "annstudio-" + AppVersion + "-windows-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\annstudio.ico"
#endif

[Setup]
AppId={{6A0C7E4B-3D2F-4C7A-9B1E-5F2A8D4C1E70}
AppName=ANN Studio
AppVersion={#AppVersion}
AppPublisher=ANN Studio developers
AppComments=Watch neural networks learn and step through backpropagation
; Per-user: no UAC prompt, works on locked-down lab machines.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\ANN Studio
DefaultGroupName=ANN Studio
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\annstudio.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ANN Studio"; Filename: "{app}\annstudio.exe"
Name: "{autodesktop}\ANN Studio"; Filename: "{app}\annstudio.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\annstudio.exe"; Description: "{cm:LaunchProgram,ANN Studio}"; Flags: nowait postinstall skipifsilent
