// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9757088740230553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7df892378b424caf1d69706589114c4f460667a8a9ff5b7e0a1d5f5861715bc
