// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6951091756454569) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb1eb80abf89ed66e4bbdad2562119e2697e40c50d78841116aed28034d5940c
