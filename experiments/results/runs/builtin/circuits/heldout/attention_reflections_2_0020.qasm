// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7146120009921009) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a368193c810022c597ffb12dc7e2ec23d70e426743224b48a2c28a8540453abb
