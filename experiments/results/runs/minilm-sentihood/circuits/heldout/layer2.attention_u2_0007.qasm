// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2778236992968752) q[0];
ry(1.4216512741031204) q[0];
rz(-0.042353236234755176) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 139d34013b3ba8b9408b23a7769c72d3fe4d31970591692331de242c14f8246c
