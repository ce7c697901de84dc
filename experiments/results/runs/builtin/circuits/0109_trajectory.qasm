// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20908918534255608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 686d191ffdee98f870a44272620701330a16828e3300f1d132d66e68c2bda9a6
