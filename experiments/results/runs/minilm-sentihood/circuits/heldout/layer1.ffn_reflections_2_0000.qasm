// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5351265946289188) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c66acea505059b53433bb8b382cf6bdc35642230c2b041f6d0c8bfc24c32d1e9
