// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.645976278741715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fbb75f5b126c97cba63432713347c33d3ce03e4b13e2d4e250a47d7547280266
