// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4164870806937366) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 18fc8e382ffe8310baa84fb6a8ab294efa4189d367d2fbd0c005bbc6272a01f8
