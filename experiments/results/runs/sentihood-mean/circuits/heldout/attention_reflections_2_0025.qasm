// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.472350552485005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d83c182f32feffff7438d605a0feecdeaf1dec791c8b329d91f9c209baccd54
