// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2612551839668265) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bbb06566b3ff2b363dd6233e18e7e3004418280963168863ca7cd5f246622ea8
