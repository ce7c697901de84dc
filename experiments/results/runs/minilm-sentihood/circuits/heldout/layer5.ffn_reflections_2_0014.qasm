// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8715646295465114) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 adfb247ae1f034ea3cfba55afe3cfda1ee6b16821a7c996645eab59bf828a788
