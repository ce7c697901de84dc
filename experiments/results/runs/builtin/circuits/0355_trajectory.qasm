// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8827824571156127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b88a02aa5cc0cef84abe0924b310013c4af8d9901c579c8dde875f900688d92
