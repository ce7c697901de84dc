// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.30594686463544196) q[0];
ry(1.833810663462733) q[0];
rz(0.081938436029799) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 358f8ee3bdfaa31a6505fd67ef1c205e9904241a1fbb112ace6dbf49900e209a
