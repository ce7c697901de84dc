// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3557020810211924) q[0];
ry(1.9728726167966806) q[0];
rz(0.14436914634204934) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9cbc4fab9bdf37937d1bd5b2270f52ea44deda89eb8a0c32eef9bfc99972d3b
