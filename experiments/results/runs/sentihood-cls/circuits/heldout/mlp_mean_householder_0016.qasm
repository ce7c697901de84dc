// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9487187114623221) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 503cdb49e40c01febe236fa72dd5ca7428e878ca15a4efcd43da6392f9dd1ff1
