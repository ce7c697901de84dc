// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0542757550524047) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dae0dffc64faf81e99b529781be593bd49a8bcd207fe9f5ada5735fcb66c6bcc
