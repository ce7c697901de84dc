// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.827795543166904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5c69f22fd0bebfdfa667801b177501aed2f4ec475776bf5453468357de60a46e
