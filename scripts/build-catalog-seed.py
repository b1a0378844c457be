#!/usr/bin/env python3
"""Builds the catalog's seed files from the research CSVs kept in resources/catalog/sources/.

  scripts/build-catalog-seed.py        # rewrites resources/catalog/seed.csv and
                                       # resources/catalog/reference-figures.csv

The research files (copied verbatim from the project's shared data folder) have one layout
per kind of hardware, quantities in the units their sources print (TB, GB/s, TFLOPS, kW).
The seed is in Headroom's own catalog CSV format: one header of our column names, SI units
named in every column, so that the app loads it with the same importer users run. Every
row keeps its source and confidence; choices this script makes (ids, which accelerators a
server can carry, scale-up domains, numbers taken from a row's notes) are written here, next
to the row they concern, so a reviewer can check them against the source text.

A developer tool: the build and the tests read only the generated files, never this script
or the sources folder at run time.
"""
import csv
import pathlib
import re
import sys
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "catalog" / "sources"
SEED = ROOT / "resources" / "catalog" / "seed.csv"
REFERENCE = ROOT / "resources" / "catalog" / "reference-figures.csv"

# Must match CatalogFields (model/catalog/catalogfields.cpp): the order of export.
COLUMNS = [
    "id", "kind", "vendor", "model", "category",
    "rack_units", "width_mm", "depth_mm", "height_mm", "weight_kg",
    "power_typical_watts", "power_max_watts", "psu_count", "psu_rating_watts", "cooling",
    "form_factor", "interfaces", "electrical", "configuration",
    "accelerator_count", "accelerator_options", "cpu_sockets", "max_memory_bytes",
    "drive_bays", "max_raw_storage_bytes",
    "generation", "memory_bytes", "memory_type", "memory_bandwidth_bytes_per_second",
    "dense_fp32_flops_per_second", "dense_tf32_flops_per_second",
    "dense_bf16_flops_per_second", "dense_fp16_flops_per_second",
    "dense_fp8_flops_per_second", "dense_int8_flops_per_second",
    "dense_fp4_flops_per_second",
    "tdp_watts", "scale_up_bandwidth_bytes_per_second", "scale_up_domain_size",
    "capacity_bytes", "read_bandwidth_bytes_per_second", "write_bandwidth_bytes_per_second",
    "read_iops", "write_iops", "endurance_drive_writes_per_day",
    "port_count", "port_speed_bits_per_second", "switching_capacity_bits_per_second",
    "max_load_kg",
    "power_capacity_watts", "outlet_count",
    "price_currency", "price", "price_date", "price_is_estimate",
    "source", "confidence", "notes",
]

REFERENCE_COLUMNS = [
    "id", "category", "name", "power_watts", "power_low_watts", "power_high_watts",
    "weight_kg", "rule", "source", "confidence", "notes",
]


def read(name):
    with open(SOURCES / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def scaled(text, factor):
    """'3.35' TB/s -> '3350000000000' B/s, exactly (decimal arithmetic, no float noise)."""
    text = (text or "").strip()
    if not text:
        return ""
    value = Decimal(text) * Decimal(factor)
    value = value.normalize()
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value, "f")


def whole(text):
    text = (text or "").strip()
    return text if text else ""


def price(text):
    text = (text or "").strip()
    return f"{Decimal(text):.2f}" if text else ""


def joined(*parts):
    return "\n".join(p for p in parts if p)


def labelled(label, text):
    text = (text or "").strip()
    return f"{label}: {text}" if text else ""


def new_row(**values):
    row = {c: "" for c in COLUMNS}
    for key, value in values.items():
        assert key in row, key
        row[key] = value
    return row


# --------------------------------------------------------------------------- accelerators

# catalog_gpus.csv model -> (id, generation, scale-up domain size, gpu_specs.csv key)
# Domain sizes: 8 on HGX/OAM baseboards, 72 in an NVL72 rack, 2 for PCIe cards joined by an
# NVLink bridge, 4 where the bridge joins up to four cards, 1 without a scale-up fabric.
GPUS = {
    "H100 SXM5 80GB": ("nvidia-h100-sxm5-80gb", "Hopper", 8, ("NVIDIA H100", "SXM5")),
    "H100 PCIe 80GB": ("nvidia-h100-pcie-80gb", "Hopper", 2, ("NVIDIA H100", "PCIe")),
    "H100 NVL 94GB": ("nvidia-h100-nvl-94gb", "Hopper", 2, None),
    "H200 SXM 141GB": ("nvidia-h200-sxm-141gb", "Hopper", 8, ("NVIDIA H200", "SXM5")),
    # "NVLink bridge (2- or 4-way)": one domain joins up to four cards.
    "H200 NVL 141GB": ("nvidia-h200-nvl-141gb", "Hopper", 4, None),
    "A100 SXM4 80GB": ("nvidia-a100-sxm4-80gb", "Ampere", 8, ("NVIDIA A100 80GB", "SXM4")),
    "A100 PCIe 40GB": ("nvidia-a100-pcie-40gb", "Ampere", 2, None),
    "A100 PCIe 80GB": ("nvidia-a100-pcie-80gb", "Ampere", 2, ("NVIDIA A100 80GB", "PCIe")),
    "L40S": ("nvidia-l40s", "Ada", 1, ("NVIDIA L40S", "PCIe dual-slot")),
    "L40": ("nvidia-l40", "Ada", 1, None),
    "L4": ("nvidia-l4", "Ada", 1, ("NVIDIA L4", "PCIe low-profile")),
    "A10": ("nvidia-a10", "Ampere", 1, None),
    "B200 (HGX/DGX, per GPU)": ("nvidia-b200", "Blackwell", 8, ("NVIDIA B200", "SXM (HGX/DGX B200)")),
    "GB200 (per Blackwell GPU in NVL72)": (
        "nvidia-gb200-gpu", "Blackwell", 72,
        ("NVIDIA GB200 (per B200 GPU in NVL72)", "Superchip / NVL72 rack")),
    "Instinct MI300X": ("amd-instinct-mi300x", "CDNA3", 8, ("AMD MI300X", "OAM")),
    "Instinct MI325X": ("amd-instinct-mi325x", "CDNA3", 8, ("AMD MI325X", "OAM")),
    "Gaudi 3 (HL-325L OAM)": ("intel-gaudi-3-oam", "Gaudi 3", 8, None),
}

# FP32 (non-tensor) peaks that only a row's notes give, where gpu_specs.csv has no row.
FP32_FROM_NOTES = {"L40": "90.5", "A10": "31.2", "H100 PCIe 80GB": "51.2"}

# Accelerators that only gpu_specs.csv has: (gpu, form_factor) -> (id, model, generation,
# domain). The estimator names V100 and H800; A100 40GB SXM4 and TPU v4 appear in the
# published runs it is checked against.
GPU_SPECS_ONLY = {
    ("NVIDIA A100 40GB", "SXM4"): ("nvidia-a100-sxm4-40gb", "NVIDIA", "A100 SXM4 40GB", "Ampere", 8),
    ("NVIDIA H800", "SXM5"): ("nvidia-h800-sxm5-80gb", "NVIDIA", "H800 SXM5 80GB", "Hopper", 8),
    ("NVIDIA V100", "SXM2 32GB"): ("nvidia-v100-sxm2-32gb", "NVIDIA", "V100 SXM2 32GB", "Volta", 8),
    ("Google TPU v4", "chip"): ("google-tpu-v4", "Google", "TPU v4", "TPU v4", 1),
}

GPU_PRICE_SOURCE_NOTE = "Price: {}."


def accelerators(gpu_specs):
    rows = []
    specs = {(r["gpu"], r["form_factor"]): r for r in gpu_specs}
    for r in read("catalog_gpus.csv"):
        ident, generation, domain, spec_key = GPUS[r["model"]]
        spec = specs.get(spec_key) if spec_key else None
        fp32 = ""
        source = r["source"]
        if spec and spec["fp32_TFLOPS"]:
            fp32 = spec["fp32_TFLOPS"]
            source += " | FP32 from reference gpu_specs.csv: " + spec["source"]
        elif r["model"] in FP32_FROM_NOTES:
            fp32 = FP32_FROM_NOTES[r["model"]]
        bf16_fp16 = r["bf16_fp16_tflops_dense"]
        rows.append(new_row(
            id=ident, kind="accelerator", vendor=r["vendor"], model=r["model"],
            category="GPU" if r["vendor"] == "NVIDIA" else "accelerator",
            form_factor=r["form_factor"],
            interfaces=joined(labelled("Scale-up", r["interconnect"]),
                              labelled("Host", r["host_interface"])),
            generation=generation,
            memory_bytes=scaled(r["memory_gb"], "1e9"),
            memory_type=r["memory_type"],
            memory_bandwidth_bytes_per_second=scaled(r["mem_bandwidth_tbps"], "1e12"),
            dense_fp32_flops_per_second=scaled(fp32, "1e12"),
            dense_tf32_flops_per_second=scaled(r["tf32_tflops_dense"], "1e12"),
            dense_bf16_flops_per_second=scaled(bf16_fp16, "1e12"),
            dense_fp16_flops_per_second=scaled(bf16_fp16, "1e12"),
            dense_fp8_flops_per_second=scaled(r["fp8_tflops_dense"], "1e12"),
            dense_int8_flops_per_second=scaled(r["int8_tops_dense"], "1e12"),
            dense_fp4_flops_per_second=scaled(r["fp4_tflops_dense"], "1e12"),
            tdp_watts=whole(r["tdp_w"]),
            scale_up_bandwidth_bytes_per_second=scaled(r["interconnect_gbps_bidir"], "1e9"),
            scale_up_domain_size=str(domain),
            configuration=joined(labelled("FP64", r["fp64_tflops"] and r["fp64_tflops"] + " TFLOPS"),
                                 labelled("FP64 tensor", r["fp64_tensor_tflops"]
                                          and r["fp64_tensor_tflops"] + " TFLOPS")),
            price=price(r["street_price_usd_est"]),
            price_currency="USD" if r["street_price_usd_est"] else "",
            price_is_estimate="true",
            source=source, confidence=r["confidence"],
            notes=joined(r["notes"], r["price_note"] and GPU_PRICE_SOURCE_NOTE.format(r["price_note"])),
        ))
    for key, (ident, vendor, model, generation, domain) in GPU_SPECS_ONLY.items():
        r = specs[key]
        bf16 = r["bf16_fp16_dense_TFLOPS"]
        fp16 = bf16
        notes = r["notes"]
        tdp = r["tdp_W"]
        memory = scaled(r["memory_GB"], "1e9")
        source = r["source"]
        confidence = r["confidence"]
        if ident == "nvidia-v100-sxm2-32gb":
            # Volta's tensor cores multiply FP16 only: no BF16 (yobitel.com/knowledge-base/nvidia-v100).
            bf16 = ""
            notes = joined(notes, "Volta tensor cores support FP16 only: no BF16, INT8 or FP8 "
                                  "(yobitel.com/knowledge-base/nvidia-v100).")
            source += " | https://yobitel.com/knowledge-base/nvidia-v100"
        if ident == "google-tpu-v4":
            # 275 TFLOPS "bf16 or int8", 32 GiB HBM2 at 1,200 GB/s, measured max 192 W
            # (cloud.google.com/tpu/docs/v4); no FP16 peak is published.
            fp16 = ""
            memory = str(32 * 2**30)
            tdp = "192"
            source += " | https://cloud.google.com/tpu/docs/v4 (275 TFLOPS bf16 or int8; 32 GiB HBM2, 1,200 GB/s; measured min/mean/max power 90/170/192 W; 4,096-chip pods on ICI)"
            notes = joined(notes, "TDP column holds Google's measured maximum power (192 W); "
                                  "no FP16 peak published. ICI per-chip bandwidth is not in the "
                                  "sources, so no scale-up figures are set.")
        if confidence == "medium-high":
            confidence = "medium"
        rows.append(new_row(
            id=ident, kind="accelerator", vendor=vendor, model=model,
            category="TPU" if vendor == "Google" else "GPU",
            form_factor=r["form_factor"],
            interfaces=labelled("Scale-up", r["scale_up_interconnect"]),
            generation=generation,
            memory_bytes=memory, memory_type=r["memory_type"],
            memory_bandwidth_bytes_per_second=scaled(r["mem_bw_TBps"], "1e12"),
            dense_fp32_flops_per_second=scaled(r["fp32_TFLOPS"], "1e12"),
            dense_tf32_flops_per_second=scaled(r["tf32_dense_TFLOPS"], "1e12"),
            dense_bf16_flops_per_second=scaled(bf16, "1e12"),
            dense_fp16_flops_per_second=scaled(fp16, "1e12"),
            dense_fp8_flops_per_second=scaled(r["fp8_dense_TFLOPS"], "1e12"),
            dense_int8_flops_per_second=scaled(r["int8_dense_TOPS"], "1e12"),
            dense_fp4_flops_per_second=scaled(r["fp4_dense_TFLOPS"], "1e12"),
            tdp_watts=tdp,
            scale_up_bandwidth_bytes_per_second=scaled(r["scale_up_bw_GBps_bidir"], "1e9"),
            scale_up_domain_size=str(domain),
            price_is_estimate="true",
            source=source, confidence=confidence, notes=notes,
        ))
    return rows


# ------------------------------------------------------------------------------ servers

H100 = "nvidia-h100-sxm5-80gb"
H200 = "nvidia-h200-sxm-141gb"
A100 = "nvidia-a100-sxm4-80gb"
PCIE_DW = ["nvidia-h100-pcie-80gb", "nvidia-h100-nvl-94gb", "nvidia-l40s", "nvidia-l40",
           "nvidia-a100-pcie-80gb", "nvidia-a100-pcie-40gb"]

# model -> (id, accelerator options read from gpu_type_options, psu count, psu rating W,
#           (height, width, depth) mm taken from the row's notes)
SERVERS = {
    "KR6288V2 (KR6288-X2)": ("aivres-kr6288v2", [H200, H100, A100], 8, None, None),
    "KR4268V2": ("aivres-kr4268v2", [], None, None, None),
    # "Depth ~995 mm (third-party catalog)"
    "PowerEdge XE9680": ("dell-poweredge-xe9680",
                         [H100, H200, A100, "amd-instinct-mi300x", "intel-gaudi-3-oam"],
                         6, 2800, (None, None, "995")),
    "PowerEdge XE9640": ("dell-poweredge-xe9640", [H100], None, None, None),
    # NetBox "dims 86.8x482x758 mm"; 2 PSUs 1+1, 5600 W nameplate = 2x 2800 W
    "PowerEdge R760xa": ("dell-poweredge-r760xa", PCIE_DW + ["nvidia-l4"], 2, 2800,
                         ("86.8", "482", "758")),
    "Cray XD670 (P67287-B21 DLC CTO; P69518-B21 '3600W' H200 CTO)": (
        "hpe-cray-xd670", [H100, H200], 6, 3600, None),
    "ProLiant DL380a Gen11": ("hpe-proliant-dl380a-gen11",
                              PCIE_DW + ["nvidia-l4", "nvidia-a10"], None, None, None),
    "SYS-821GE-TNHR": ("supermicro-sys-821ge-tnhr", [H100, H200], 6, 3000, None),
    "AS-8125GS-TNHR": ("supermicro-as-8125gs-tnhr", [H100, H200], 6, 3000, None),
    "AS-8125GS-TNMR2 (AMD variant, for reference)": (
        "supermicro-as-8125gs-tnmr2", ["amd-instinct-mi300x", "amd-instinct-mi325x"], 6, 3000, None),
    "SYS-421GE-TNRT": ("supermicro-sys-421ge-tnrt",
                       ["nvidia-h100-pcie-80gb", "nvidia-h100-nvl-94gb", "nvidia-h200-nvl-141gb",
                        "nvidia-l40s", "nvidia-l4"], None, None, None),
    # "Depth ~892 mm"
    "ThinkSystem SR675 V3": ("lenovo-thinksystem-sr675-v3",
                             ["nvidia-h100-nvl-94gb", "nvidia-h200-nvl-141gb", "nvidia-l40s", H100],
                             None, None, (None, None, "892")),
    "ThinkSystem SR680a V3": ("lenovo-thinksystem-sr680a-v3", [H100, H200, "nvidia-b200"],
                              8, 2600, None),
    "ThinkSystem SR685a V3 (AMD variant, for reference)": (
        "lenovo-thinksystem-sr685a-v3", [H100, H200, "amd-instinct-mi300x"], 8, 2600, None),
    # "Chassis 14.0 x 19.0 x 35.3 in" = 355.6 x 482.6 x 896.62 mm
    "DGX H100": ("nvidia-dgx-h100", [H100], 6, 3300, ("355.6", "482.6", "896.62")),
    # Same chassis as the DGX H100 per the row ("same chassis as DGX H100").
    "DGX H200": ("nvidia-dgx-h200", [H200], 6, 3300, ("355.6", "482.6", "896.62")),
    # User guide "444 x 482.3 x 897.1 mm"
    "DGX B200": ("nvidia-dgx-b200", ["nvidia-b200"], 6, 3300, ("444", "482.3", "897.1")),
    "DGX A100 640GB (for reference)": ("nvidia-dgx-a100-640gb", [A100], 6, None, None),
    "GB200 NVL72 (rack-scale system)": ("nvidia-gb200-nvl72", ["nvidia-gb200-gpu"], None, None, None),
    "GPX QT8-22E2-8GPU (legacy example)": ("thinkmate-gpx-qt8-22e2-8gpu", [], None, None, None),
}


def servers():
    rows = []
    for r in read("catalog_servers.csv"):
        ident, options, psu_count, psu_rating, dims = SERVERS[r["model"]]
        height, width, depth = dims or (None, None, None)
        has_price = bool(r["list_price_usd"])
        rows.append(new_row(
            id=ident, kind="gpu_server", vendor=r["vendor"], model=r["model"],
            category="rack-scale system" if "NVL72" in r["model"] else "GPU server",
            rack_units=whole(r["form_factor_u"]),
            height_mm=height or "", width_mm=width or "", depth_mm=depth or "",
            weight_kg=whole(r["weight_kg"]),
            power_typical_watts=whole(r["typical_power_w"]),
            power_max_watts=whole(r["max_power_draw_w"]),
            psu_count=str(psu_count) if psu_count else "",
            psu_rating_watts=str(psu_rating) if psu_rating else "",
            cooling=r["cooling"],
            interfaces=r["nics"],
            configuration=joined(
                labelled("GPU options", r["gpu_type_options"]),
                labelled("CPU options", r["cpu_options"]),
                labelled("DIMM slots", r["dimm_slots"]),
                labelled("Drive bays", r["drive_bay_type"]),
                labelled("Power supplies", r["psu_config"]),
                labelled("PSU nameplate total", r["psu_total_w"] and r["psu_total_w"] + " W")),
            accelerator_count=whole(r["gpu_count"]),
            accelerator_options=";".join(options),
            cpu_sockets=whole(r["cpu_sockets"]),
            max_memory_bytes=scaled(r["max_ram_tb"], "1e12"),
            drive_bays=whole(r["drive_bays_count"]),
            max_raw_storage_bytes=scaled(r["max_raw_storage_tb"], "1e12"),
            price=price(r["list_price_usd"]),
            price_currency="USD" if has_price else "",
            price_is_estimate="false" if r["price_is_estimate"] == "no" else "true",
            source=r["source"], confidence=r["confidence"], notes=r["notes"],
        ))
    return rows


# ------------------------------------------------------------------------------ storage

STORAGE_IDS = {
    "PM1743 (15.36 TB)": "samsung-pm1743-15tb",
    "D5-P5336 (61.44 TB)": "solidigm-d5-p5336-61tb",
    "D5-P5336 (122.88 TB)": "solidigm-d5-p5336-122tb",
    "9400 PRO (30.72 TB)": "micron-9400-pro-30tb",
    "CM7-R": "kioxia-cm7-r-30tb",
    "BM1743 (61.44 TB)": "samsung-bm1743-61tb",
    "5400 PRO (7.68 TB)": "micron-5400-pro-7tb",
    "AI400X2 (EXAScaler appliance)": "ddn-ai400x2",
    "WEKApod Nitro 150 (8-node appliance)": "weka-wekapod-nitro-150",
    "Ceres DBox (NVMe-oF JBOF) + CBox (4x CNode)": "vast-data-ceres-dbox-cbox",
}


def storage():
    rows = []
    for r in read("catalog_storage.csv"):
        appliance = "appliance" in r["category"] or "disaggregated" in r["category"]
        rows.append(new_row(
            id=STORAGE_IDS[r["model"]],
            kind="storage_appliance" if appliance else "storage_drive",
            vendor=r["vendor"], model=r["model"], category=r["category"],
            rack_units=whole(r["rack_u"]),
            power_max_watts=whole(r["power_active_w"]),
            form_factor=r["form_factor"], interfaces=r["interface"],
            capacity_bytes=scaled(r["capacity_tb"], "1e12"),
            read_bandwidth_bytes_per_second=scaled(r["seq_read_gbps"], "1e9"),
            write_bandwidth_bytes_per_second=scaled(r["seq_write_gbps"], "1e9"),
            read_iops=scaled(r["rand_read_kiops"], "1e3"),
            write_iops=scaled(r["rand_write_kiops"], "1e3"),
            endurance_drive_writes_per_day=whole(r["endurance_dwpd"]),
            price=price(r["price_usd_est"]),
            price_currency="USD" if r["price_usd_est"] else "",
            price_is_estimate="true",
            source=r["source"], confidence=r["confidence"],
            notes=joined(r["notes"],
                         r["power_idle_w"] and f"Idle power {r['power_idle_w']} W; the "
                                               "maximum-power column holds active power."),
        ))
    return rows


# ------------------------------------------------------------------------------ network

# model -> list of (id, model shown, extra note). The QM9700 row names two products, the
# managed QM9700 and the unmanaged QM9790: both are kept, with the row's figures.
NETWORK = {
    "Quantum-2 QM9700 (MQM9700-NS2F managed; QM9790 unmanaged)": [
        ("nvidia-quantum-2-qm9700", "Quantum-2 QM9700 (MQM9700-NS2F, managed)", ""),
        ("nvidia-quantum-2-qm9790", "Quantum-2 QM9790 (unmanaged)",
         "Listed in the source row of the QM9700 as its unmanaged model; same chassis, ports "
         "and estimates."),
    ],
    "Spectrum-4 SN5600": [("nvidia-spectrum-4-sn5600", None, "")],
    "Spectrum-4 SN5400": [("nvidia-spectrum-4-sn5400", None, "")],
    "Spectrum-3 SN4700": [("nvidia-spectrum-3-sn4700", None, "")],
    "Spectrum-3 SN4600C": [("nvidia-spectrum-3-sn4600c", None, "")],
    "SN2201": [("nvidia-sn2201", None, "")],
    "NVLink 5 Switch tray": [("nvidia-nvlink-5-switch-tray", None, "")],
    "ConnectX-7 (e.g. MCX75310AAS-NEAT)": [("nvidia-connectx-7", None, "")],
    "BlueField-3 DPU (B3220 / B3240) & SuperNIC (B3140H/L)": [("nvidia-bluefield-3", None, "")],
    "MMS4X00-NS400 transceiver": [("nvidia-mms4x00-ns400", None, "")],
    "DCS-7060X6-64PE-F": [("arista-dcs-7060x6-64pe-f", None, "")],
    "DCS-7060DX5-64S-F (7060X5)": [("arista-dcs-7060dx5-64s-f", None, "")],
    "DCS-7060CX-32S-F (7060X)": [("arista-dcs-7060cx-32s-f", None, "")],
}
# "SN5600 ... 86.2x438x720 mm" (row notes)
NETWORK_DIMS = {"nvidia-spectrum-4-sn5600": ("86.2", "438", "720")}


def network_kind(category):
    if category == "optic":
        return "optic"
    if "NIC" in category or "DPU" in category:
        return "nic"
    return "switch"


def psu_count_of(text):
    m = re.match(r"\s*2x", text or "")
    return "2" if m else ""


def psu_rating_of(text):
    m = re.match(r"\s*2x (\d+) W", text or "")
    return m.group(1) if m else ""


def network():
    rows = []
    for r in read("catalog_network.csv"):
        for ident, model, extra in NETWORK[r["model"]]:
            height, width, depth = NETWORK_DIMS.get(ident, ("", "", ""))
            airflow = r["airflow"]
            rows.append(new_row(
                id=ident, kind=network_kind(r["category"]), vendor=r["vendor"],
                model=model or r["model"], category=r["category"],
                rack_units=whole(r["form_factor_u"]),
                height_mm=height, width_mm=width, depth_mm=depth,
                weight_kg=whole(r["weight_kg"]),
                power_typical_watts=whole(r["power_typical_w"]),
                power_max_watts=whole(r["power_max_w"]),
                psu_count=psu_count_of(r["psu"]),
                psu_rating_watts=psu_rating_of(r["psu"]),
                cooling=f"air ({airflow})" if airflow else "",
                interfaces=r["port_summary"],
                configuration=labelled("Power supplies", r["psu"]),
                port_count=whole(r["port_count"]),
                port_speed_bits_per_second=scaled(r["port_speed_gbps"], "1e9"),
                switching_capacity_bits_per_second=scaled(r["switching_capacity_tbps"], "1e12"),
                price=price(r["price_usd_est"]),
                price_currency="USD" if r["price_usd_est"] else "",
                price_is_estimate="true",
                source=r["source"], confidence=r["confidence"],
                notes=joined(r["notes"], extra),
            ))
    return rows


# --------------------------------------------------------------------- racks and PDUs

RACKS = {
    "NetShelter SX AR3100": [("apc-netshelter-sx-ar3100", None, None, "")],
    "NetShelter SX AR3300": [("apc-netshelter-sx-ar3300", None, None, "")],
    "NetShelter SX AR3150": [("apc-netshelter-sx-ar3150", None, None, "")],
    "NetShelter SX AR3350": [("apc-netshelter-sx-ar3350", None, None, "")],
    "NetShelter SX AR3107": [("apc-netshelter-sx-ar3107", None, None, "")],
    "NetShelter SX AR3157": [("apc-netshelter-sx-ar3157", None, None, "")],
    "VR3300": [("vertiv-vr3300", None, None, "")],
    "10622 G2 (22U, for reference)": [("hpe-10622-g2", None, None, "")],
    # The row names the 42U model (P9K46A) and says a 48U variant exists in the same
    # device library: both are kept.
    "42U/48U 800x1200 G2 Enterprise Shock Rack (P9K46A = 42U)": [
        ("hpe-42u-800x1200-g2-enterprise-shock-rack",
         "42U 800x1200 G2 Enterprise Shock Rack (P9K46A)", "42", ""),
        ("hpe-48u-800x1200-g2-enterprise-shock-rack",
         "48U 800x1200 G2 Enterprise Shock Rack", "48",
         "The 48U variant named in the source row (hpe-48u-800mmx1200mm-g2-enterprise-shock-rack "
         "in the same device library); same width and depth."),
    ],
    "InferX RA rack": [("inferx-ra-rack-48u", None, None, "")],
}

PDUS = {
    "APDU11450ME (NetShelter Rack PDU Advanced Gen2, metered)": ("apc-apdu11450me", 42),
    "NetShelter Rack PDU Advanced, Switched, 3-Phase 17.3 kW 208V 60A (e.g. APDU10452SW)": (
        "apc-apdu10452sw", 42),
    "AP8886 (Rack PDU 2G metered ZeroU)": ("apc-ap8886", 42),
    "AP8888 (NetShelter metered 0U)": ("apc-ap8888", 42),
    "Metered 3-Phase Rack PDU 880463-B21": ("hpe-880463-b21", None),
}

REFERENCE_IDS = {
    "3-phase PDU capacity formula": "pdu-3-phase-capacity",
    "Legacy enterprise rack": "rack-budget-legacy-enterprise",
    "4x DGX H100 per rack (NVIDIA SuperPOD design)": "rack-budget-4x-dgx-h100",
    "DGX B200 SuperPOD compute rack (2x DGX B200)": "rack-budget-2x-dgx-b200",
    "4x DGX B300 per rack (PDU/AC design)": "rack-budget-4x-dgx-b300",
    "GB200 NVL72 (liquid-cooled)": "rack-budget-gb200-nvl72",
    "Air-cooled ceiling": "cooling-limit-air",
}


def racks_and_pdus():
    items, figures = [], []
    for r in read("catalog_racks.csv"):
        category = r["category"]
        if category == "rack":
            for ident, model, units, extra in RACKS[r["model"]]:
                rating = r["load_rating_note"]
                items.append(new_row(
                    id=ident, kind="rack", vendor=r["vendor"], model=model or r["model"],
                    category="rack", rack_units=units or whole(r["u_height"]),
                    width_mm=whole(r["width_mm"]), depth_mm=whole(r["depth_mm"]),
                    height_mm=whole(r["height_mm"]), weight_kg=whole(r["weight_kg"]),
                    max_load_kg=whole(r["max_load_kg"]), electrical=r["electrical"],
                    price_is_estimate="true",
                    source=r["source"], confidence=r["confidence"],
                    notes=joined(labelled("Load rating", rating), r["notes"], extra),
                ))
        elif category == "pdu":
            ident, outlets = PDUS[r["model"]]
            items.append(new_row(
                id=ident, kind="pdu", vendor=r["vendor"], model=r["model"], category="rack PDU",
                rack_units=whole(r["u_height"]), weight_kg=whole(r["weight_kg"]),
                power_capacity_watts=scaled(r["power_kw"], "1e3"),
                outlet_count=str(outlets) if outlets and r["outlets"] else "",
                electrical=r["electrical"],
                configuration=labelled("Outlets", r["outlets"]),
                price_is_estimate="true",
                source=r["source"], confidence=r["confidence"], notes=r["notes"],
            ))
        else:
            figures.append({
                "id": REFERENCE_IDS[r["model"]], "category": category, "name": r["model"],
                "power_watts": scaled(r["power_kw"], "1e3"),
                "power_low_watts": scaled(r["power_kw_low"], "1e3"),
                "power_high_watts": scaled(r["power_kw_high"], "1e3"),
                "weight_kg": whole(r["weight_kg"]), "rule": r["electrical"],
                "source": r["source"], "confidence": r["confidence"], "notes": r["notes"],
            })
    return items, figures


def write(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main():
    gpu_specs = read("gpu_specs.csv")
    rack_items, figures = racks_and_pdus()
    items = servers() + accelerators(gpu_specs) + storage() + network() + rack_items
    ids = [r["id"] for r in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    known = set(ids)
    for r in items:
        for option in filter(None, r["accelerator_options"].split(";")):
            assert option in known, (r["id"], option)
    write(SEED, COLUMNS, items)
    write(REFERENCE, REFERENCE_COLUMNS, figures)
    print(f"{SEED.relative_to(ROOT)}: {len(items)} items; "
          f"{REFERENCE.relative_to(ROOT)}: {len(figures)} reference figures", file=sys.stderr)


if __name__ == "__main__":
    main()
