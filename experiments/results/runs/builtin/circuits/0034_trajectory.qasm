// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.077562100262078) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38369a05604d8d84548137c5e69655e2802e74ad3c0c9929b224a92f9be1c604
