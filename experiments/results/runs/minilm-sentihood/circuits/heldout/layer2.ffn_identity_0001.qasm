// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5016792818606683) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 becd0101ab638583db7938d0c26e040cf9c28a04c8b915181475ac4d4cde755f
