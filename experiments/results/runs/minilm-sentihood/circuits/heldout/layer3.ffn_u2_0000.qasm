// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.241310060640763) q[0];
ry(1.3695799288627144) q[0];
rz(-0.049147396877076144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 63e276a4f2538538a9e7210328674f9f10f782e5424aff94fafd7e38a7782d3f
