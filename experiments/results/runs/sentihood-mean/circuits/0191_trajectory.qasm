// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.613950639326861) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa73844a37417eca0f440d6f438bdcde4dde8d5470d8396710fa4ebe9a6ff4b7
