// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.937241965453718) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8beb582221ab8f6925672e374b53b1b52ecb25f9c22cfec14b6a0a8ab972b7c3
