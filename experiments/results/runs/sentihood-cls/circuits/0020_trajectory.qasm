// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4037573779614707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9721e747c8c8380cbdf5e26fe1d5f42e02b3301179c6c86d203e0b951ee04702
