// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2419010381809268) q[0];
ry(1.8638033630889481) q[0];
rz(0.07114407356250352) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3ab4b168f5fc7d399ab0817e72e87c00de5ac7daf6ebbdd1bf10d160b0f4a47
