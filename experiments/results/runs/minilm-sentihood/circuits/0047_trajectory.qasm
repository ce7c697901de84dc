// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7130074658969037) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcf1b965eecc9f9b09360273dc78ba42001be4d193b77f2fa770828a19f0f8ac
