// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.742790978873131) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 486a3bdff352664ceef7e61044888331cbe4e95198682c945d2838612384dc37
