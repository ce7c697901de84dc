// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8165165955283604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce6e2900e39c69b27d269c5be0d8624a72b5a3112e70ab0ca5dda581d453ec6c
