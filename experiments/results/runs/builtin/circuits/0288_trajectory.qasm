// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.193041704680581) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b16eb18eb9eaea630b7108a318f4c414359decb80f5e3951440140fc6e02a99f
