// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8662226301380078) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 536dccb9b4d7b5335ca2c99f76fb60f12b75d485d57bc26f0849528cacdce2bf
