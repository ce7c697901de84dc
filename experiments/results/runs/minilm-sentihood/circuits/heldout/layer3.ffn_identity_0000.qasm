// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3541373733525093) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50e879b1b32370741efeaba66832fa33d6826cd8c615c07d99cfad68c1924662
