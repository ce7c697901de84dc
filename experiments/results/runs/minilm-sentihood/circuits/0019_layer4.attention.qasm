// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5501066317482042) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fdc8fc970d1d0fa36257eae9594fca583aa4aa4ddcfb008715d66ae36ffec9a8
