// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3102407616133691) q[0];
ry(1.2624926997611279) q[0];
rz(-0.09697644755439816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7661f57e8f6135b2128990f90859816034a5921d45a03c03dd00d1f3a83389a6
