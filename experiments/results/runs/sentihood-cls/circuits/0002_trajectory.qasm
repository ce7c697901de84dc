// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.139313452795892) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d9f2e323dc8c3e07a5c871ebda6a0079cc5dab7a81d3a80d0e001eb3549dfec
