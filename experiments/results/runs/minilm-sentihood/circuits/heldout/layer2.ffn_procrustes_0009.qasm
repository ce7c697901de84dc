// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8009027351730058) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 64d74e53a68e3da2debd0f3316beb2eb2c772e6ec394fb1a67cf66168b831ff8
