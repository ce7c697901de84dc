// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3324775045860951) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24ee9eea7cfbcd9da7f70d318952735445fe564dd10449d42d4b140b12848913
